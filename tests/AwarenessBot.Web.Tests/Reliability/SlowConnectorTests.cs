using System.Diagnostics;
using System.Net;
using AwarenessBot.Web.Tests.Fakes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AwarenessBot.Web.Tests.Reliability;

/// <summary>A Connector that accepts the connection and never answers: timeouts bound the turn.</summary>
public sealed class SlowConnectorTests
{
    [Fact]
    public async Task PostMessages_ConnectorNeverAnswers_TimesOutBoundedAndEndsWith200()
    {
        var attempts = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var hung = new TaskCompletionSource();
        await using var connector = await LoopbackServer.StartAsync(app => app.Map("/{**path}", async (HttpContext context) =>
        {
            var sent = await context.Request.ReadFromJsonAsync<System.Text.Json.JsonElement>();
            attempts.Enqueue(sent.GetProperty("type").GetString()!);
            // Hangs until the bot gives up on the attempt and aborts the request.
            await hung.Task.WaitAsync(context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
        }));
        var logs = new ListLoggerProvider();
        await using var app = new BotApplication(
            new Dictionary<string, string?>
            {
                ["BotFramework:Connector:MaxRetries"] = "1",
                ["BotFramework:Connector:BaseDelay"] = "00:00:00",
                // Long enough for the stand-in to read each attempt's body on a busy machine (at 0.3 s, an attempt
                // could be aborted before the stand-in counted it), short enough to keep the test quick.
                ["BotFramework:Connector:AttemptTimeout"] = "00:00:01",
                ["BotFramework:Connector:TotalTimeout"] = "00:00:04",
            },
            services => services.AddSingleton<ILoggerProvider>(logs));
        var client = app.Http;
        var started = Stopwatch.GetTimestamp();

        using var response = await client.PostAsync(TestActivities.Message(connector.BaseAddress, "hi"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Counted by type: a typing indicator, sent if the turn is slow, times out the same way.
        Assert.Equal(2, attempts.Count(t => t == "message"));
        Assert.InRange(Stopwatch.GetElapsedTime(started), TimeSpan.Zero, TimeSpan.FromSeconds(10));
        Assert.Contains(logs.Entries, e => e.EventId == 4007 && e.Message.Contains("Timeout", StringComparison.Ordinal));
        hung.TrySetResult();
    }
}

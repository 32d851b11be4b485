using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AwarenessBot.Protocol.DirectLine;
using AwarenessBot.Protocol.Models;
using AwarenessBot.Web.Tests.Fakes;
using AwarenessBot.Web.Tests.Operations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AwarenessBot.Web.Tests.Privacy;

/// <summary>
/// What a person types never reaches a log line (message or scope), a metric tag or a trace, on any
/// channel path, with the default logging configuration and with Information and Trace forced on.
/// The console logger gets the same entries through the same filters as the captured provider.
/// </summary>
public sealed class MarkerPrivacyTests : IAsyncLifetime
{
    private static readonly string[] Channels = ["webchat", "directline", "msteams", "facebook", "emulator"];
    private readonly string _marker = "zqmarker" + Guid.NewGuid().ToString("N");
    private readonly RecordingConnector _connector = new();

    public static TheoryData<string> Levels => new() { "default", "Information", "Trace" };

    public Task InitializeAsync() => _connector.InitializeAsync();

    public Task DisposeAsync() => _connector.DisposeAsync();

    [Theory]
    [MemberData(nameof(Levels))]
    public async Task Turns_MarkerInEveryChannelPath_NeverInLogsMetricsOrTraces(string level)
    {
        var logs = new ListLoggerProvider();
        using var metrics = new MetricsCapture();
        using var traces = new TraceCapture();
        await using var app = new BotApplication(Settings(level), services => services.AddSingleton<ILoggerProvider>(logs));
        var client = app.Http;

        foreach (var channel in Channels)
        {
            await ChannelTurnsAsync(client, channel);
        }

        await DirectLineTurnsAsync(client);

        // The captures are live: turns were logged, counted and traced.
        Assert.Contains(logs.Entries, e => e.EventId == 3001);
        Assert.Contains(metrics.Measurements, m => m.Instrument == "AwarenessBot/awarenessbot.turns");
        Assert.Contains(metrics.Measurements, m => m.Instrument == "AwarenessBot/awarenessbot.connector.failures");
        Assert.NotEmpty(traces.Spans);
        Assert.DoesNotContain(logs.Entries, e => Leaks(e.AllText) || Leaks(e.Category));
        Assert.DoesNotContain(metrics.Measurements, m => m.Tags.Any(t => Leaks(t.Key) || Leaks(t.Value)));
        Assert.DoesNotContain(traces.Spans, Leaks);
    }

    private bool Leaks(string? text) => text?.Contains(_marker, StringComparison.OrdinalIgnoreCase) == true;

    private static Dictionary<string, string?> Settings(string level) => level == "default"
        ? new() { ["AwarenessBot:HotReload"] = "false", ["BotFramework:Connector:BaseDelay"] = "00:00:00" }
        : new()
        {
            ["AwarenessBot:HotReload"] = "false",
            ["BotFramework:Connector:BaseDelay"] = "00:00:00",
            ["Logging:LogLevel:Default"] = level,
            ["Logging:LogLevel:Microsoft"] = level,
            ["Logging:LogLevel:Microsoft.AspNetCore"] = level,
            ["Logging:LogLevel:System"] = level,
        };

    // Answer, emergency, fallback, a 20 KB message, a button payload and a name, through the Connector
    // (one conversation whose Connector fails) and with expectReplies; then broken JSON.
    private async Task ChannelTurnsAsync(HttpClient client, string channel)
    {
        string[] texts =
        [
            $"what is human trafficking {_marker}",
            $"they took my passport and won't let me leave {_marker}",
            _marker,
            string.Concat(Enumerable.Repeat(_marker + " ", 20_000 / (_marker.Length + 1))),
        ];
        foreach (var text in texts)
        {
            var activity = TestActivities.Message(_connector.ServiceUrl, text, channel);
            activity.From = new ChannelAccount { Id = "user-1", Name = _marker };
            activity.Value = JsonSerializer.SerializeToElement(new { entryId = _marker });
            (await client.PostAsync(activity)).Dispose();
        }

        var failing = TestActivities.Message(_connector.ServiceUrl, $"help me {_marker}", channel);
        _connector.Script(failing.Conversation!.Id!, new ConnectorAnswer(500), new ConnectorAnswer(500), new ConnectorAnswer(500), new ConnectorAnswer(500));
        (await client.PostAsync(failing)).Dispose();

        var inline = TestActivities.Message(_connector.ServiceUrl, $"how do I report it {_marker}", channel);
        inline.DeliveryMode = DeliveryModes.ExpectReplies;
        (await client.PostAsync(inline)).Dispose();

        (await client.PostRawAsync($"{{\"type\":\"message\",\"channelId\":\"{channel}\",\"text\":\"{_marker}", "application/json")).Dispose();
        (await client.PostRawAsync($"{{\"type\":\"message\",\"text\":{{\"{_marker}\":1}}}}", "application/json")).Dispose();
    }

    private async Task DirectLineTurnsAsync(HttpClient client)
    {
        using var issued = await client.PostAsync(new Uri("/api/directline/token", UriKind.Relative), null);
        var token = (await issued.Content.ReadFromJsonAsync<DirectLineToken>(ProtocolJson.Options))!;
        var path = new Uri($"/v3/directline/conversations/{token.ConversationId}/activities", UriKind.Relative);
        string[] bodies =
        [
            JsonSerializer.Serialize(new { type = "message", from = new { id = "dl_user", name = _marker }, text = $"what is trafficking {_marker}" }),
            JsonSerializer.Serialize(new { type = "message", from = new { id = "dl_user" }, text = $"he is hurting me right now {_marker}" }),
            JsonSerializer.Serialize(new { type = "message", from = new { id = "dl_user" }, text = _marker }),
            $"{{\"type\":\"message\",\"text\":\"{_marker}",
        ];
        foreach (var body in bodies)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
            (await client.SendAsync(request)).Dispose();
        }

        using var poll = new HttpRequestMessage(HttpMethod.Get, path);
        poll.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
        (await client.SendAsync(poll)).Dispose();
    }
}

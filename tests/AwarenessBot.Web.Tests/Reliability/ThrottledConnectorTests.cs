using System.Net;
using AwarenessBot.Web.Tests.Fakes;
using AwarenessBot.Web.Tests.Operations;

namespace AwarenessBot.Web.Tests.Reliability;

/// <summary>A Connector that keeps throttling: retries are bounded, the turn ends cleanly and the failure is counted.</summary>
public sealed class ThrottledConnectorTests : IAsyncLifetime
{
    private readonly RecordingConnector _connector = new();

    public Task InitializeAsync() => _connector.InitializeAsync();

    public Task DisposeAsync() => _connector.DisposeAsync();

    [Fact]
    public async Task PostMessages_Connector429Always_BoundedRetriesThen200AndFailureCounted()
    {
        await using var app = new BotApplication(new Dictionary<string, string?>
        {
            ["BotFramework:Connector:MaxRetries"] = "2",
            ["BotFramework:Connector:BaseDelay"] = "00:00:00",
        });
        var client = app.Http;
        using var metrics = new MetricsCapture(app.Services);
        var inbound = TestActivities.Message(_connector.ServiceUrl, "hello");
        _connector.Script(inbound.Conversation!.Id!, [.. Enumerable.Repeat(new ConnectorAnswer(429, RetryAfter: "0"), 10)]);

        using var response = await client.PostAsync(inbound);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Counted by type: a typing indicator, sent if the turn is slow, is throttled the same way.
        Assert.Equal(3, _connector.For(inbound.Conversation.Id!).Count(r => r.Activity.Type == "message"));
        var failures = metrics.Of("AwarenessBot/awarenessbot.connector.failures");
        Assert.NotEmpty(failures);
        Assert.All(failures, f => Assert.Equal("429", f.Tags["status"]));
    }
}

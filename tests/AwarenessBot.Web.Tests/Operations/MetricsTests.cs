using AwarenessBot.Web.Tests.Fakes;
using AwarenessBot.Web.Tests.Reliability;

namespace AwarenessBot.Web.Tests.Operations;

/// <summary>The AwarenessBot meter counts turns by route and channel, emergencies, fallbacks, latency, Connector failures.</summary>
public sealed class MetricsTests
{
    private const string Turns = "AwarenessBot/awarenessbot.turns";

    [Fact]
    public async Task Turn_Emergency_CountsTurnEmergencyAndLatencyWithRouteAndChannel()
    {
        await using var app = new BotApplication();
        var client = app.Http;
        using var metrics = new MetricsCapture(app.Services);

        await client.AskAsync("they took my passport and won't let me leave", channel: "msteams");

        var turn = Assert.Single(metrics.Of(Turns));
        Assert.Equal(1, turn.Value);
        Assert.Equal("emergency", turn.Tags["route"]);
        Assert.Equal("msteams", turn.Tags["channel"]);
        Assert.Equal("msteams", Assert.Single(metrics.Of("AwarenessBot/awarenessbot.turns.emergency")).Tags["channel"]);
        var latency = Assert.Single(metrics.Of("AwarenessBot/awarenessbot.turn.duration"));
        Assert.True(latency.Value > 0);
        Assert.Equal("emergency", latency.Tags["route"]);
        Assert.Empty(metrics.Of("AwarenessBot/awarenessbot.turns.fallback"));
    }

    [Fact]
    public async Task Turn_OutOfScope_CountsFallbackOnlyWithNoIdsInTags()
    {
        await using var app = new BotApplication();
        var client = app.Http;
        using var metrics = new MetricsCapture(app.Services);
        var conversation = BotTurns.NewConversation();

        await client.AskAsync("what is the best recipe for banana bread", conversation, channel: "facebook");

        Assert.Equal("fallback", Assert.Single(metrics.Of(Turns)).Tags["route"]);
        Assert.Equal("facebook", Assert.Single(metrics.Of("AwarenessBot/awarenessbot.turns.fallback")).Tags["channel"]);
        Assert.Empty(metrics.Of("AwarenessBot/awarenessbot.turns.emergency"));
        Assert.All(metrics.Measurements.Where(m => m.Instrument.StartsWith("AwarenessBot/", StringComparison.Ordinal)), m => Assert.Subset(new HashSet<string> { "route", "channel" }, m.Tags.Keys.ToHashSet()));
        Assert.DoesNotContain(metrics.Measurements, m => m.Tags.Values.Any(v => v?.Contains(conversation, StringComparison.Ordinal) == true));
    }

    [Fact]
    public async Task Turn_UnknownChannelId_TaggedOther()
    {
        await using var app = new BotApplication();
        var client = app.Http;
        using var metrics = new MetricsCapture(app.Services);

        await client.AskAsync("hello", channel: "made-up-channel-" + Guid.NewGuid().ToString("N"));

        Assert.Equal("other", Assert.Single(metrics.Of(Turns)).Tags["channel"]);
    }

    [Fact]
    public async Task Delivery_Connector500WithRetriesOff_CountsConnectorFailureWithStatusAndAnswers200()
    {
        var connector = new RecordingConnector();
        await connector.InitializeAsync();
        try
        {
            await using var app = new BotApplication(new Dictionary<string, string?>
            {
                ["BotFramework:Connector:MaxRetries"] = "0",
            });
            var client = app.Http;
            using var metrics = new MetricsCapture(app.Services);
            var inbound = TestActivities.Message(connector.ServiceUrl, "hello");
            connector.Script(inbound.Conversation!.Id!, new ConnectorAnswer(500), new ConnectorAnswer(500), new ConnectorAnswer(500));

            using var response = await client.PostAsync(inbound);
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            // Counted by type: a typing indicator, sent if the turn is slow, fails the same way.
            Assert.Single(connector.For(inbound.Conversation.Id!), r => r.Activity.Type == "message");

            var failures = metrics.Of("AwarenessBot/awarenessbot.connector.failures");
            Assert.NotEmpty(failures);
            Assert.All(failures, f => Assert.Equal("500", f.Tags["status"]));
        }
        finally
        {
            await connector.DisposeAsync();
        }
    }
}

using System.Diagnostics;
using System.Net;
using AwarenessBot.Web.Tests.Fakes;

namespace AwarenessBot.Web.Tests.Messages;

public sealed class ConnectorDeliveryTests(AuthOffFixture fixture) : IClassFixture<AuthOffFixture>
{
    private readonly RecordingConnector _connector = fixture.Connector;

    [Fact]
    public async Task PostMessages_Connector429ThenOk_DeliveredOnceAfterRetryAfter()
    {
        var inbound = TestActivities.Message(_connector.ServiceUrl, "hi");
        _connector.Script(inbound.Conversation!.Id!, new ConnectorAnswer(429, RetryAfter: "1"));

        var response = await fixture.Client.PostAsync(inbound);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = _connector.For(inbound.Conversation.Id!);
        Assert.Equal(2, sent.Count);
        Assert.Equal(sent[0].Body, sent[1].Body);
        // The backoff is configured to zero here: only Retry-After can explain the wait.
        Assert.True(Stopwatch.GetElapsedTime(sent[0].Timestamp, sent[1].Timestamp) >= TimeSpan.FromSeconds(0.95));
    }

    [Theory]
    [InlineData(412)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task PostMessages_ConnectorTransientFailureThenOk_DeliveredOnce(int status)
    {
        var inbound = TestActivities.Message(_connector.ServiceUrl, "hi");
        _connector.Script(inbound.Conversation!.Id!, new ConnectorAnswer(status), new ConnectorAnswer(status));

        var response = await fixture.Client.PostAsync(inbound);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, _connector.For(inbound.Conversation.Id!).Count);
    }

    [Fact]
    public async Task PostMessages_Connector500Always_BoundedRetriesThenCleanEndWithLogWithoutText()
    {
        const string marker = "lanternfish-opal";
        var inbound = TestActivities.Message(_connector.ServiceUrl, marker);
        _connector.Script(inbound.Conversation!.Id!, [.. Enumerable.Repeat(new ConnectorAnswer(500), 20)]);

        var response = await fixture.Client.PostAsync(inbound);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(4, _connector.For(inbound.Conversation.Id!).Count);
        var entry = Assert.Single(fixture.Logs.Entries, e => e.EventId == 4006 && e.Scopes.Contains(inbound.Conversation.Id!, StringComparison.Ordinal));
        Assert.Contains("500", entry.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(fixture.Logs.Entries, e => e.AllText.Contains(marker, StringComparison.Ordinal));
    }

    [Fact]
    public async Task PostMessages_Connector400_NotRetried()
    {
        var inbound = TestActivities.Message(_connector.ServiceUrl, "hi");
        _connector.Script(inbound.Conversation!.Id!, new ConnectorAnswer(400), new ConnectorAnswer(400));

        var response = await fixture.Client.PostAsync(inbound);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(_connector.For(inbound.Conversation.Id!));
    }
}

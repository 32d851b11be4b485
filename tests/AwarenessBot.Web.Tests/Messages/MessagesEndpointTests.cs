using System.Net;
using System.Text.Json;
using AwarenessBot.Protocol.Models;
using AwarenessBot.Web.Tests.Fakes;

namespace AwarenessBot.Web.Tests.Messages;

public sealed class MessagesEndpointTests(AuthOffFixture fixture) : IClassFixture<AuthOffFixture>
{
    private readonly RecordingConnector _connector = fixture.Connector;
    private readonly HttpClient _client = fixture.Client;

    [Fact]
    public async Task PostMessages_ValidActivity_ReplyReachesConnectorOnReplyRoute()
    {
        var inbound = TestActivities.Message(_connector.ServiceUrl, "hello there");

        var response = await _client.PostAsync(inbound);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
        var sent = Assert.Single(await _connector.WaitForAsync(inbound.Conversation!.Id!, r => r.Count > 0));
        Assert.Equal("POST", sent.Method);
        Assert.Equal($"/v3/conversations/{inbound.Conversation.Id}/activities/{inbound.Id}", sent.Path);
        Assert.Null(sent.Authorization);
        var reply = sent.Activity;
        Assert.Equal("echo: hello there", reply.Text);
        Assert.Equal(inbound.Id, reply.ReplyToId);
        Assert.Equal(inbound.Conversation.Id, reply.Conversation?.Id);
        Assert.Equal(("bot-1", "user-1"), (reply.From?.Id, reply.Recipient?.Id));
        Assert.Equal("en-GB", reply.Locale);
        Assert.False(sent.Json.TryGetProperty("id", out _) || sent.Json.TryGetProperty("timestamp", out _) || sent.Json.TryGetProperty("serviceUrl", out _));
    }

    [Fact]
    public async Task PostMessages_TeamsIds_UrlEncodedInRoute()
    {
        var inbound = TestActivities.Message(_connector.ServiceUrl, "hi", "msteams");
        inbound.Conversation!.Id = $"19:{Guid.NewGuid():N}@thread.tacv2;messageid=1732441234567";
        inbound.Id = "1732441234567";

        var response = await _client.PostAsync(inbound);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = Assert.Single(await _connector.WaitForAsync(inbound.Conversation.Id, r => r.Count > 0));
        Assert.StartsWith("/v3/conversations/" + Uri.EscapeDataString(inbound.Conversation.Id) + "/activities/1732441234567", sent.RawTarget, StringComparison.Ordinal);
        Assert.Contains("%3B", sent.RawTarget, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task PostMessages_ExpectReplies_RepliesInBodyAndNothingSent()
    {
        var inbound = TestActivities.Message(_connector.ServiceUrl, "question");
        inbound.DeliveryMode = DeliveryModes.ExpectReplies;

        var response = await _client.PostAsync(inbound);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonSerializer.Deserialize<ExpectedReplies>(await response.Content.ReadAsStringAsync(), ProtocolJson.Options)!;
        var reply = Assert.Single(body.Activities);
        Assert.Equal(("echo: question", inbound.Id), (reply.Text, reply.ReplyToId));
        await AssertNothingSentAfterAnotherTurnAsync(inbound.Conversation!.Id!);
    }

    [Fact]
    public async Task PostMessages_NonLoopbackServiceUrlWithAuthOff_Returns400AndSendsNothing()
    {
        var inbound = TestActivities.Message(new Uri("http://connector.evil.invalid/"), "hi");

        var response = await _client.PostAsync(inbound);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        await AssertNothingSentAfterAnotherTurnAsync(inbound.Conversation!.Id!);
    }

    [Fact]
    public async Task PostMessages_UnknownActivityType_Returns200WithoutReplies()
    {
        var inbound = TestActivities.Message(_connector.ServiceUrl, null);
        inbound.Type = "somethingNew";

        var response = await _client.PostAsync(inbound);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await AssertNothingSentAfterAnotherTurnAsync(inbound.Conversation!.Id!);
    }

    [Fact]
    public async Task PostMessages_SlowBot_TypingIndicatorPrecedesReply()
    {
        var inbound = TestActivities.Message(_connector.ServiceUrl, "slow");
        var conversation = inbound.Conversation!.Id!;

        var post = _client.PostAsync(inbound);
        var typing = await _connector.WaitForAsync(conversation, r => r.Count > 0);
        fixture.Bot.Release(conversation);
        var response = await post;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ActivityTypes.Typing, typing[0].Activity.Type);
        var all = await _connector.WaitForAsync(conversation, r => r.Any(x => x.Activity.Type == ActivityTypes.Message));
        Assert.Equal(ActivityTypes.Message, all[^1].Activity.Type);
        Assert.Equal(inbound.Id, all[0].Activity.ReplyToId);
    }

    [Fact]
    public async Task PostMessages_AnsweredInvoke_ReturnsInvokeResponse()
    {
        var inbound = TestActivities.Message(_connector.ServiceUrl, null);
        (inbound.Type, inbound.Name) = (ActivityTypes.Invoke, "answer");

        var response = await _client.PostAsync(inbound);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync()).GetProperty("handled").GetBoolean());
    }

    [Fact]
    public async Task PostMessages_UnansweredInvoke_Returns501()
    {
        var inbound = TestActivities.Message(_connector.ServiceUrl, null);
        (inbound.Type, inbound.Name) = (ActivityTypes.Invoke, "unknown/name");

        var response = await _client.PostAsync(inbound);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task PostMessages_BotThrows_Returns200AndLogsWithoutText()
    {
        var inbound = TestActivities.Message(_connector.ServiceUrl, "throw");

        var response = await _client.PostAsync(inbound);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var failure = Assert.Single(fixture.Logs.Entries, e => e.EventId == 4004 && e.Scopes.Contains(inbound.Conversation!.Id!, StringComparison.Ordinal));
        Assert.Contains(nameof(InvalidOperationException), failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("the bot failed", failure.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostMessages_AnyTurn_LogScopeHasIdsAndNoLogHoldsText()
    {
        const string marker = "zebrafinch-quartz";
        var inbound = TestActivities.Message(_connector.ServiceUrl, "my secret " + marker);

        await _client.PostAsync(inbound);
        await _client.PostRawAsync("{\"type\": \"message\", \"text\": \"" + marker + "\"", "application/json");

        await _connector.WaitForAsync(inbound.Conversation!.Id!, r => r.Count > 0);
        var entries = fixture.Logs.Entries;
        Assert.Contains(entries, e => e.EventId == 4001 && e.Scopes.Contains(inbound.Conversation.Id!, StringComparison.Ordinal)
            && e.Scopes.Contains(inbound.Id!, StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.AllText.Contains(marker, StringComparison.Ordinal));
    }

    private async Task AssertNothingSentAfterAnotherTurnAsync(string conversationId)
    {
        // A later turn's reply has arrived: anything the earlier request had queued would have too.
        var probe = TestActivities.Message(_connector.ServiceUrl, "probe");
        Assert.Equal(HttpStatusCode.OK, (await _client.PostAsync(probe)).StatusCode);
        await _connector.WaitForAsync(probe.Conversation!.Id!, r => r.Count > 0);
        Assert.Empty(_connector.For(conversationId));
    }
}

using System.Text.Json;
using AwarenessBot.Conversation.Tests.Rendering;
using AwarenessBot.Conversation.Turns;
using AwarenessBot.Protocol.Models;
using Microsoft.Extensions.Logging.Abstractions;

namespace AwarenessBot.Conversation.Tests.Turns;

public sealed class AwarenessBotHandlerTests
{
    private readonly FakeGate _gate = new();
    private readonly FakeSearch _search = FakeSearch.Standard();

    private AwarenessBotHandler Handler() => new(
        new TurnPipeline(_gate, _search, NullLogger<TurnPipeline>.Instance),
        _gate,
        new Replies(_search),
        NullLogger<AwarenessBotHandler>.Instance);

    private static Activity Update(string channel, string type, string conversationType = "personal", string? channelData = null)
    {
        var activity = ChannelRendererTests.Inbound(channel, conversationType);
        activity.Type = type;
        activity.Text = null;
        activity.ChannelData = channelData is null ? null : JsonDocument.Parse(channelData).RootElement.Clone();
        return activity;
    }

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();

    [Fact]
    public async Task OnTurnAsync_TeamsChannelMentionOfBot_AnsweredAsIfAbsent()
    {
        var activity = ChannelRendererTests.Inbound(Channels.MsTeams, "channel");
        activity.Text = "<at>AwarenessBot</at> what is trafficking? <at>Bob</at>";
        activity.Entities =
        [
            new Entity { Type = "mention", Properties = new() { ["mentioned"] = Json("""{"id":"bot-1","name":"AwarenessBot"}"""), ["text"] = Json("\"<at>AwarenessBot</at>\"") } },
            new Entity { Type = "mention", Properties = new() { ["mentioned"] = Json("""{"id":"29:bob","name":"Bob"}"""), ["text"] = Json("\"<at>Bob</at>\"") } },
        ];

        var replies = await Handler().OnTurnAsync(activity, CancellationToken.None);

        Assert.NotEmpty(replies);
        Assert.Equal("what is trafficking? <at>Bob</at>", _gate.Seen.Single().Text);
        Assert.Equal("msteams:conv-1", _gate.Seen.Single().ConversationKey);
    }

    [Theory]
    [InlineData(Channels.MsTeams, "personal", null, true)]
    [InlineData(Channels.MsTeams, "groupChat", null, true)]
    [InlineData(Channels.MsTeams, "channel", """{"team":{"id":"19:t"}}""", false)]
    [InlineData(Channels.MsTeams, "channel", """{"team":{"id":"19:t","memberCount":250}}""", false)]
    [InlineData(Channels.MsTeams, "channel", """{"team":{"id":"19:t","memberCount":40}}""", true)]
    [InlineData(Channels.Facebook, "personal", null, true)]
    [InlineData(Channels.Emulator, "personal", null, true)]
    [InlineData(Channels.WebChat, "personal", null, false)]
    [InlineData(Channels.DirectLine, "personal", null, false)]
    public async Task OnTurnAsync_BotAddedToConversation_WelcomesPerChannelRules(string channel, string conversationType, string? channelData, bool welcomes)
    {
        var activity = Update(channel, ActivityTypes.ConversationUpdate, conversationType, channelData);
        activity.MembersAdded = [new ChannelAccount { Id = "bot-1" }];

        var replies = await Handler().OnTurnAsync(activity, CancellationToken.None);

        Assert.Equal(welcomes, replies.Count > 0);
    }

    [Fact]
    public async Task OnTurnAsync_UserAddedNotBot_NoWelcome()
    {
        var activity = Update(Channels.MsTeams, ActivityTypes.ConversationUpdate);
        activity.MembersAdded = [new ChannelAccount { Id = "user-2" }];

        Assert.Empty(await Handler().OnTurnAsync(activity, CancellationToken.None));
    }

    [Theory]
    [InlineData("add", true)]
    [InlineData("add-upgrade", true)]
    [InlineData("remove", false)]
    public async Task OnTurnAsync_InstallationUpdate_WelcomesOnAdd(string action, bool welcomes)
    {
        var activity = Update(Channels.MsTeams, ActivityTypes.InstallationUpdate);
        activity.Action = action;

        Assert.Equal(welcomes, (await Handler().OnTurnAsync(activity, CancellationToken.None)).Count > 0);
    }

    [Theory]
    [InlineData(Channels.WebChat, "Quick exit")]
    [InlineData(Channels.MsTeams, "organisation may retain")]
    [InlineData(Channels.Facebook, "not end-to-end encrypted")]
    public async Task HandleAsync_Welcome_SaysBotNoTranscriptPrivacyHotlineAndStarters(string channel, string privacy)
    {
        var activity = Update(channel, ActivityTypes.Event);
        activity.Name = "webchat/join";

        var result = await Handler().HandleAsync(activity, CancellationToken.None);

        var text = string.Join("\n", result.Reply!.Messages.Select(m => m.Text));
        Assert.Contains("bot", text);
        Assert.Contains("don't store a transcript", text);
        Assert.Contains(privacy, text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(FakeGate.Hotline, text);
        Assert.NotEmpty(result.Reply.Suggestions);
    }

    [Theory]
    [InlineData(Channels.WebChat, "la salida rápida")]
    [InlineData(Channels.MsTeams, "tu organización puede conservar")]
    [InlineData(Channels.Facebook, "no están cifrados de extremo a extremo")]
    public async Task HandleAsync_WelcomeInSpanish_SaysTheSameInSpanish(string channel, string privacy)
    {
        var gate = new FakeGate { Language = "es" };
        var handler = new AwarenessBotHandler(new TurnPipeline(gate, _search, NullLogger<TurnPipeline>.Instance), gate, new Replies(_search), NullLogger<AwarenessBotHandler>.Instance);
        var activity = Update(channel, ActivityTypes.Event);
        activity.Name = "webchat/join";

        var result = await handler.HandleAsync(activity, CancellationToken.None);

        var text = string.Join("\n", result.Reply!.Messages.Select(m => m.Text));
        Assert.StartsWith("Hola, soy AwarenessBot, un bot automático", text, StringComparison.Ordinal);
        Assert.Contains("no guardo la conversación", text, StringComparison.Ordinal);
        Assert.Contains(privacy, text, StringComparison.Ordinal);
        Assert.Contains(FakeGate.Hotline, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_MessengerGetStarted_WelcomesInsteadOfAnswering()
    {
        var activity = ChannelRendererTests.Inbound(Channels.Facebook);
        activity.Text = "Get Started";
        activity.ChannelData = Json("""{"postback":{"payload":"GET_STARTED","title":"Get Started"}}""");

        var result = await Handler().HandleAsync(activity, CancellationToken.None);

        Assert.Contains("not end-to-end encrypted", result.Activities[0].Text);
        Assert.Empty(_search.Queries);
    }

    [Theory]
    [InlineData("somethingNew")]
    [InlineData(ActivityTypes.Typing)]
    [InlineData(ActivityTypes.MessageReaction)]
    [InlineData(null)]
    public async Task OnTurnAsync_UnknownOrIgnoredType_NoReplies(string? type)
    {
        var activity = ChannelRendererTests.Inbound(Channels.WebChat);
        activity.Type = type;

        Assert.Empty(await Handler().OnTurnAsync(activity, CancellationToken.None));
    }

    [Fact]
    public async Task OnTurnAsync_BareMessageWithNoAccounts_RepliesWithoutThrowing()
    {
        var replies = await Handler().OnTurnAsync(new Activity { Type = ActivityTypes.Message, Text = new string('é', 100_000) }, CancellationToken.None);

        Assert.NotEmpty(replies);
    }
}

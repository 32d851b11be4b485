using System.Text.RegularExpressions;
using AwarenessBot.Conversation.Rendering;
using AwarenessBot.Conversation.Turns;
using AwarenessBot.Protocol.Models;

namespace AwarenessBot.Conversation.Tests.Rendering;

public sealed partial class ChannelRendererTests
{
    internal static Activity Inbound(string channel, string conversationType = "personal") => new()
    {
        Type = ActivityTypes.Message,
        Id = "in-1",
        ChannelId = channel,
        Conversation = new ConversationAccount { Id = "conv-1", ConversationType = conversationType, IsGroup = conversationType != "personal" },
        From = new ChannelAccount { Id = "user-1", Name = "Ann" },
        Recipient = new ChannelAccount { Id = "bot-1", Name = "AwarenessBot" },
        Locale = "en-US",
        Text = "question",
    };

    private static List<ReplyButton> Entries(int count) =>
        Enumerable.Range(1, count).Select(i => new ReplyButton($"What does entry number {i} of the knowledge base say?", ButtonKind.Entry, $"entry-{i}")).ToList();

    private static BotReply Answer(string text, int suggestions = 3) =>
        new(Route.Answer, [new ReplyMessage(text)], Entries(suggestions), "entry-0", 0.9);

    private static IEnumerable<CardAction> CardButtons(Activity a) =>
        (a.Attachments ?? []).Select(x => Assert.IsType<HeroCard>(x.Content)).SelectMany(c => c.Buttons ?? []);

    [Fact]
    public void Render_WebChat_MarkdownReplyWithEntrySuggestionsCarryingIds()
    {
        var activities = ChannelRenderer.Render(Answer("**Bold** answer."), Inbound(Channels.WebChat));

        var reply = Assert.Single(activities);
        Assert.Equal("markdown", reply.TextFormat);
        Assert.Equal("in-1", reply.ReplyToId);
        Assert.Equal("bot-1", reply.From?.Id);
        Assert.Equal("user-1", reply.Recipient?.Id);
        var action = reply.SuggestedActions!.Actions![0];
        Assert.Equal(ActionTypes.MessageBack, action.Type);
        Assert.Equal(action.Title, action.DisplayText);
        Assert.Equal("entry-1", Assert.IsType<Dictionary<string, string>>(action.Value)["entryId"]);
        Assert.Equal(InputHints.AcceptingInput, reply.InputHint);
    }

    [Theory]
    [InlineData(Channels.WebChat)]
    [InlineData(Channels.DirectLine)]
    [InlineData(Channels.Emulator)]
    [InlineData("somethingNew")]
    public void Render_CallButton_HeroCardWithTelAction(string channel)
    {
        var activities = ChannelRenderer.Render(FakeGate.Emergency(), Inbound(channel));

        var call = Assert.Single(CardButtons(Assert.Single(activities)));
        Assert.Equal(ActionTypes.Call, call.Type);
        Assert.Equal("tel:911", call.Value);
    }

    [Fact]
    public void Render_TeamsChannel_CardButtonsInsteadOfSuggestedActionsAtMostThreePerCard()
    {
        var activities = ChannelRenderer.Render(Answer("Answer text.", suggestions: 5), Inbound(Channels.MsTeams, "channel"));

        Assert.All(activities, a => Assert.Null(a.SuggestedActions));
        Assert.All(activities, a => Assert.False(a.Text is not null && a.Attachments is not null, "text and attachments must be separate"));
        var cards = activities.SelectMany(a => a.Attachments ?? []).Select(x => Assert.IsType<HeroCard>(x.Content)).ToList();
        Assert.Equal(2, cards.Count);
        Assert.All(cards, c => Assert.InRange(c.Buttons!.Count, 1, 3));
        Assert.Equal(5, cards.Sum(c => c.Buttons!.Count));
        Assert.All(cards.SelectMany(c => c.Buttons!), b => Assert.Equal(ActionTypes.MessageBack, b.Type));
    }

    [Fact]
    public void Render_TeamsPersonal_FirstThreeSuggestedActionsAsImBackTitles()
    {
        var activities = ChannelRenderer.Render(Answer("Answer text.", suggestions: 5), Inbound(Channels.MsTeams));

        var reply = Assert.Single(activities);
        Assert.Equal(3, reply.SuggestedActions!.Actions!.Count);
        Assert.All(reply.SuggestedActions.Actions, a => Assert.Equal(ActionTypes.ImBack, a.Type));
        Assert.Equal("What does entry number 1 of the knowledge base say?", reply.SuggestedActions.Actions[0].Value);
    }

    [Fact]
    public void Render_TeamsEmergency_RendersTextWithNumberAndNoCallAction()
    {
        var activities = ChannelRenderer.Render(FakeGate.Emergency(), Inbound(Channels.MsTeams, "groupChat"));

        Assert.Contains("911", Assert.Single(activities).Text);
        Assert.DoesNotContain(activities.SelectMany(CardButtons), b => b.Type == ActionTypes.Call);
    }

    [Fact]
    public void Render_Messenger_PlainTextWithoutMarkdown()
    {
        var reply = Answer("**Short answer.** See [Polaris](https://polarisproject.org).\n\n- first sign\n- second sign");

        var text = Assert.Single(ChannelRenderer.Render(reply, Inbound(Channels.Facebook))).Text!;

        Assert.Null(Assert.Single(ChannelRenderer.Render(reply, Inbound(Channels.Facebook))).TextFormat);
        Assert.DoesNotMatch(MarkdownPattern(), text);
        Assert.Contains("Polaris (https://polarisproject.org)", text);
        Assert.Contains("• first sign", text);
    }

    [Fact]
    public void Render_MessengerLongAnswer_SplitsAtSentencesWithinLimit()
    {
        var sentences = Enumerable.Range(1, 120).Select(i => $"This is sentence number {i} of a long answer.");
        var activities = ChannelRenderer.Render(Answer(string.Join(' ', sentences)), Inbound(Channels.Facebook));

        Assert.True(activities.Count >= 3);
        Assert.All(activities, a => Assert.InRange(a.Text!.Length, 1, TextLimits.MessengerText));
        Assert.All(activities, a => Assert.EndsWith(".", a.Text, StringComparison.Ordinal));
        Assert.All(activities.SkipLast(1), a => Assert.Equal(InputHints.IgnoringInput, a.InputHint));
        Assert.NotNull(activities[^1].SuggestedActions);
    }

    [Fact]
    public void Render_MessengerManySuggestions_AtMostElevenQuickRepliesOfTwentyChars()
    {
        var activities = ChannelRenderer.Render(Answer("Answer.", suggestions: 14), Inbound(Channels.Facebook));

        var actions = activities[^1].SuggestedActions!.Actions!;
        Assert.Equal(TextLimits.MessengerQuickReplies, actions.Count);
        Assert.All(actions, a => Assert.InRange(a.Title!.Length, 1, TextLimits.QuickReplyTitle));
        Assert.All(actions, a => Assert.Equal(ActionTypes.ImBack, a.Type));
        Assert.Equal("What does entry number 1 of the knowledge base say?", actions[0].Value);
    }

    [Fact]
    public void Render_MessengerCardButtons_AtMostThreePerCardShortTitlesNoAdaptive()
    {
        var buttons = Enumerable.Range(1, 4).Select(i => new ReplyButton($"Call hotline number {i} now please", ButtonKind.Call, "1-888-373-7888")).ToList();
        var reply = new BotReply(Route.Emergency, [new ReplyMessage(new string('x', 120) + " call now.", buttons)], []);

        var activities = ChannelRenderer.Render(reply, Inbound(Channels.Facebook));

        var attachments = activities.SelectMany(a => a.Attachments ?? []).ToList();
        Assert.DoesNotContain(attachments, a => a.ContentType == ContentTypes.AdaptiveCard);
        var cards = attachments.Select(a => Assert.IsType<HeroCard>(a.Content)).ToList();
        Assert.Equal(2, cards.Count);
        Assert.All(cards, c => Assert.InRange(c.Buttons!.Count, 1, 3));
        Assert.All(cards, c => Assert.InRange(c.Title!.Length, 1, TextLimits.CardTitle));
        Assert.Equal("tel:18883737888", cards[0].Buttons![0].Value);
    }

    [Theory]
    [InlineData(Channels.WebChat)]
    [InlineData(Channels.MsTeams)]
    [InlineData(Channels.Facebook)]
    [InlineData(Channels.Emulator)]
    public void Render_EmergencyOnEveryChannel_ShowsTheNumber(string channel)
    {
        var activities = ChannelRenderer.Render(FakeGate.Emergency(), Inbound(channel));

        Assert.Contains(activities, a => a.Text?.Contains("911", StringComparison.Ordinal) == true);
    }

    [GeneratedRegex(@"\*\*|__|\]\(|^#{1,6} |^\s*[-*] ", RegexOptions.Multiline)]
    private static partial Regex MarkdownPattern();
}

using AwarenessBot.Conversation.Turns;
using AwarenessBot.Protocol.Models;

namespace AwarenessBot.Conversation.Rendering;

/// <summary>
/// Facebook Messenger: plain text split at sentence boundaries into messages of at most 2000 characters,
/// at most 11 quick replies with titles of at most 20 characters, hero cards (generic templates) with at
/// most 3 buttons and an 80-character title, and never Adaptive Cards.
/// </summary>
internal static class MessengerRenderer
{
    public static List<Activity> Render(BotReply reply, Activity inbound)
    {
        var activities = new List<Activity>();
        foreach (var message in reply.Messages)
        {
            var plain = PlainText.FromMarkdown(message.Text);
            foreach (var part in TextLimits.Split(plain, TextLimits.MessengerText))
            {
                activities.Add(ChannelRenderer.Text(inbound, part, markdown: false));
            }

            AddCards(activities, inbound, plain, message.Buttons);
        }

        // Quick replies carry text only: calls and links go on a card instead.
        var quick = reply.Suggestions.Where(b => b.Kind is ButtonKind.Ask or ButtonKind.Entry).ToList();
        AddCards(activities, inbound, "More options", reply.Suggestions.Except(quick).ToList());
        var actions = quick
            .Take(TextLimits.MessengerQuickReplies)
            .Select(b => CardActions.Create(b, Channels.Facebook, TextLimits.QuickReplyTitle))
            .OfType<CardAction>()
            .ToList();
        if (actions.Count > 0)
        {
            ChannelRenderer.Last(activities, inbound).SuggestedActions = ChannelRenderer.Suggested(actions, inbound);
        }

        return activities;
    }

    private static void AddCards(List<Activity> activities, Activity inbound, string text, IReadOnlyList<ReplyButton> buttons)
    {
        var actions = buttons
            .Select(b => CardActions.Create(b, Channels.Facebook, TextLimits.QuickReplyTitle))
            .OfType<CardAction>()
            .ToList();
        if (actions.Count == 0)
        {
            return;
        }

        // Messenger button titles are limited like quick replies (20 characters).
        // A generic template needs a title; the first line of the message says what the buttons are for.
        var title = TextLimits.Shorten(text.Split('\n', 2)[0], TextLimits.CardTitle);
        var cards = actions.Chunk(TextLimits.CardButtons).Select(chunk => ChannelRenderer.HeroCard([.. chunk], title)).ToList();
        var activity = inbound.CreateReply();
        activity.Attachments = cards;
        activity.AttachmentLayout = cards.Count > 1 ? "carousel" : null;
        activities.Add(activity);
    }
}

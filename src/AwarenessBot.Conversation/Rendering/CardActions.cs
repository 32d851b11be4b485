using AwarenessBot.Conversation.Turns;
using AwarenessBot.Protocol.Models;

namespace AwarenessBot.Conversation.Rendering;

/// <summary>Maps channel-neutral buttons to Bot Framework card actions for a channel.</summary>
internal static class CardActions
{
    /// <summary>The action for <paramref name="button"/>, or null when the channel cannot show it.</summary>
    /// <param name="textOnly">The channel takes only imBack here (Messenger quick replies, Teams suggested actions).</param>
    public static CardAction? Create(ReplyButton button, string? channelId, int? maxTitle = null, bool textOnly = false)
    {
        var title = maxTitle is { } max ? TextLimits.Shorten(button.Title, max) : button.Title;
        return button.Kind switch
        {
            ButtonKind.Ask => new CardAction { Type = ActionTypes.ImBack, Title = title, Value = button.Value },
            ButtonKind.Entry => Entry(button, title, channelId == Channels.Facebook || textOnly),
            ButtonKind.Call => Call(button, title, channelId),
            _ => new CardAction { Type = ActionTypes.OpenUrl, Title = title, Value = button.Value },
        };
    }

    private static CardAction Entry(ReplyButton button, string title, bool textOnly)
    {
        // Messenger buttons and Teams suggested actions come back as text only, so the full entry title is
        // sent and the pipeline answers a message equal to an entry title directly.
        if (textOnly)
        {
            return new CardAction { Type = ActionTypes.ImBack, Title = title, Value = button.Title };
        }

        // Web Chat hides postBack clicks from the transcript; messageBack shows displayText as the user's
        // bubble and still sends the entry id in value (Teams supports it in cards too).
        return new CardAction
        {
            Type = ActionTypes.MessageBack,
            Title = title,
            Text = button.Title,
            DisplayText = button.Title,
            Value = new Dictionary<string, string> { ["entryId"] = button.Value },
        };
    }

    // Teams has no "call" card action; the number is always in the message text as well.
    private static CardAction? Call(ReplyButton button, string title, string? channelId)
    {
        if (channelId == Channels.MsTeams)
        {
            return null;
        }

        var digits = new string(button.Value.Where(c => char.IsDigit(c) || c == '+').ToArray());
        return new CardAction { Type = ActionTypes.Call, Title = title, Value = "tel:" + digits };
    }
}

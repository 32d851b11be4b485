using AwarenessBot.Conversation.Turns;
using AwarenessBot.Protocol.Models;

namespace AwarenessBot.Conversation.Rendering;

/// <summary>
/// Microsoft Teams: text and attachments as separate activities; at most 3 buttons per card. In group
/// chats and channels, suggested actions are not shown, so they become card buttons; in personal chats
/// the first 3 are sent as suggested actions, unless the last activity carries a card (Teams does not
/// show both together).
/// </summary>
internal static class TeamsRenderer
{
    public static List<Activity> Render(BotReply reply, Activity inbound)
    {
        var activities = new List<Activity>();
        foreach (var message in reply.Messages)
        {
            activities.Add(ChannelRenderer.Text(inbound, message.Text, markdown: true));
            AddCards(activities, inbound, Actions(message.Buttons));
        }

        var suggestions = Actions(reply.Suggestions);
        if (suggestions.Count == 0)
        {
            return activities;
        }

        var last = ChannelRenderer.Last(activities, inbound);
        if (IsPersonal(inbound) && last.Attachments is null)
        {
            // Teams suggested actions support imBack only.
            var imBacks = reply.Suggestions
                .Select(b => CardActions.Create(b, Channels.MsTeams, textOnly: true))
                .OfType<CardAction>()
                .Where(a => a.Type == ActionTypes.ImBack)
                .Take(TextLimits.CardButtons)
                .ToList();
            last.SuggestedActions = ChannelRenderer.Suggested(imBacks, inbound);
        }
        else
        {
            AddCards(activities, inbound, suggestions);
        }

        return activities;
    }

    internal static bool IsPersonal(Activity inbound) =>
        inbound.Conversation?.ConversationType is { } type
            ? string.Equals(type, "personal", StringComparison.OrdinalIgnoreCase)
            : inbound.Conversation?.IsGroup != true;

    private static List<CardAction> Actions(IEnumerable<ReplyButton> buttons) =>
        buttons.Select(b => CardActions.Create(b, Channels.MsTeams)).OfType<CardAction>().ToList();

    private static void AddCards(List<Activity> activities, Activity inbound, List<CardAction> actions)
    {
        if (actions.Count == 0)
        {
            return;
        }

        var cards = actions.Chunk(TextLimits.CardButtons).Select(chunk => ChannelRenderer.HeroCard([.. chunk])).ToList();
        var activity = inbound.CreateReply();
        activity.Attachments = cards;
        activity.AttachmentLayout = cards.Count > 1 ? "list" : null;
        activities.Add(activity);
    }
}

using AwarenessBot.Conversation.Turns;
using AwarenessBot.Protocol.Models;

namespace AwarenessBot.Conversation.Rendering;

/// <summary>Turns a channel-neutral <see cref="BotReply"/> into the reply activities a channel shows well (protocol.md).</summary>
public static class ChannelRenderer
{
    public static IReadOnlyList<Activity> Render(BotReply reply, Activity inbound)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(inbound);
        var activities = inbound.ChannelId switch
        {
            Channels.MsTeams => TeamsRenderer.Render(reply, inbound),
            Channels.Facebook => MessengerRenderer.Render(reply, inbound),
            _ => RenderWebChat(reply, inbound),
        };
        SetInputHints(activities);
        return activities;
    }

    // Web Chat, Direct Line, the Emulator and unknown channels: Markdown, hero cards, suggested actions.
    private static List<Activity> RenderWebChat(BotReply reply, Activity inbound)
    {
        var activities = new List<Activity>();
        foreach (var message in reply.Messages)
        {
            var activity = Text(inbound, message.Text, markdown: true);
            var buttons = message.Buttons.Select(b => CardActions.Create(b, inbound.ChannelId)).OfType<CardAction>().ToList();
            if (buttons.Count > 0)
            {
                activity.Attachments = [HeroCard(buttons)];
            }

            activities.Add(activity);
        }

        var suggestions = reply.Suggestions.Select(b => CardActions.Create(b, inbound.ChannelId)).OfType<CardAction>().ToList();
        if (suggestions.Count > 0)
        {
            Last(activities, inbound).SuggestedActions = Suggested(suggestions, inbound);
        }

        return activities;
    }

    internal static Activity Text(Activity inbound, string text, bool markdown)
    {
        var activity = inbound.CreateReply();
        activity.Text = text;
        // PROTOCOL NOTE: textFormat is omitted for plain text, as protocol.md asks.
        activity.TextFormat = markdown ? TextFormats.Markdown : null;
        return activity;
    }

    internal static Attachment HeroCard(List<CardAction> buttons, string? title = null, string? text = null) => new()
    {
        ContentType = ContentTypes.HeroCard,
        Content = new HeroCard { Title = title, Text = text, Buttons = buttons },
    };

    internal static SuggestedActions Suggested(List<CardAction> actions, Activity inbound) => new()
    {
        Actions = actions,
        To = inbound.From?.Id is { } id ? [id] : null,
    };

    internal static Activity Last(List<Activity> activities, Activity inbound)
    {
        if (activities.Count == 0)
        {
            activities.Add(Text(inbound, string.Empty, markdown: false));
        }

        return activities[^1];
    }

    // The last activity invites input; earlier ones tell the client more is coming.
    private static void SetInputHints(List<Activity> activities)
    {
        for (var i = 0; i < activities.Count; i++)
        {
            activities[i].InputHint = i == activities.Count - 1 ? InputHints.AcceptingInput : InputHints.IgnoringInput;
        }
    }
}

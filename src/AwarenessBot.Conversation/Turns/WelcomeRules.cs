using System.Text.Json;
using AwarenessBot.Protocol.Models;

namespace AwarenessBot.Conversation.Turns;

/// <summary>
/// When the bot greets without being asked (protocol.md, issue 4):
/// <list type="bullet">
/// <item>conversationUpdate with the bot in membersAdded, except on webchat/directline, which greet on the
/// <c>webchat/join</c> event instead (Web Chat sends a conversationUpdate too, and would be greeted twice);</item>
/// <item>Teams installationUpdate with action add or add-upgrade;</item>
/// <item>Messenger: the Get Started postback (stateless: Messenger sends it once, before the first message);</item>
/// <item>never into a Teams team unless the activity says it has at most 100 members. Teams does not send
/// a member count with these activities, so in practice the bot stays quiet when added to a team; a post
/// to a large team is the worse mistake.</item>
/// </list>
/// </summary>
public static class WelcomeRules
{
    public const int MaxTeamMembers = 100;

    public static bool ShouldWelcome(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Type switch
        {
            ActivityTypes.ConversationUpdate => BotWasAdded(activity) && !IsWebChat(activity) && !IsLargeTeam(activity),
            ActivityTypes.InstallationUpdate => activity.Action is "add" or "add-upgrade" && !IsLargeTeam(activity),
            ActivityTypes.Event => activity.Name == "webchat/join",
            ActivityTypes.Message => IsMessengerGetStarted(activity),
            _ => false,
        };
    }

    /// <summary>Messenger's Get Started button arrives as a message carrying a postback in channelData.</summary>
    public static bool IsMessengerGetStarted(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.ChannelId != Channels.Facebook || activity.ChannelData is not { ValueKind: JsonValueKind.Object } data)
        {
            return false;
        }

        return data.TryGetProperty("postback", out var postback)
            && postback.ValueKind == JsonValueKind.Object
            && postback.TryGetProperty("payload", out var payload)
            && payload.ValueKind == JsonValueKind.String
            && payload.GetString() is { } value
            && value.Replace("_", " ", StringComparison.Ordinal).Trim().Equals("get started", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsWebChat(Activity activity) => activity.ChannelId is Channels.WebChat or Channels.DirectLine;

    private static bool BotWasAdded(Activity activity) =>
        activity.Recipient?.Id is { } botId && activity.MembersAdded?.Any(m => m.Id == botId) == true;

    // A Teams team shows up as channelData.team (and conversationType "channel").
    private static bool IsLargeTeam(Activity activity)
    {
        if (activity.ChannelId != Channels.MsTeams)
        {
            return false;
        }

        var team = activity.ChannelData is { ValueKind: JsonValueKind.Object } data
            && data.TryGetProperty("team", out var t) && t.ValueKind == JsonValueKind.Object ? t : (JsonElement?)null;
        var isTeam = team is not null || activity.Conversation?.ConversationType == "channel";
        if (!isTeam)
        {
            return false;
        }

        return MemberCount(team) is not { } count || count > MaxTeamMembers;
    }

    private static int? MemberCount(JsonElement? team)
    {
        foreach (var name in (string[])["memberCount", "membersCount"])
        {
            if (team is { } t && t.TryGetProperty(name, out var count) && count.TryGetInt32(out var value))
            {
                return value;
            }
        }

        return null;
    }
}

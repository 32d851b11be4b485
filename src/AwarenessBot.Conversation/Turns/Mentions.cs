using System.Text.Json;
using AwarenessBot.Protocol.Models;

namespace AwarenessBot.Conversation.Turns;

/// <summary>Teams puts "&lt;at&gt;Bot&lt;/at&gt;" in the text of channel messages; the bot answers as if it were absent.</summary>
public static class Mentions
{
    public static string? RemoveBotMention(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text;
        if (string.IsNullOrEmpty(text) || activity.Entities is null || activity.Recipient?.Id is not { } botId)
        {
            return text;
        }

        foreach (var entity in activity.Entities)
        {
            if (entity.Type == "mention"
                && entity.Properties is { } properties
                && properties.TryGetValue("mentioned", out var mentioned)
                && mentioned.ValueKind == JsonValueKind.Object
                && mentioned.TryGetProperty("id", out var id)
                && id.ValueKind == JsonValueKind.String
                && id.GetString() == botId
                && properties.TryGetValue("text", out var mentionText)
                && mentionText.ValueKind == JsonValueKind.String
                && mentionText.GetString() is { Length: > 0 } remove)
            {
                text = text.Replace(remove, string.Empty, StringComparison.Ordinal);
            }
        }

        return text.Trim();
    }
}

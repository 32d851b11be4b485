using System.Text.Json;
using AwarenessBot.Conversation.Rendering;
using AwarenessBot.Protocol.Models;

namespace AwarenessBot.Cli;

/// <summary>Everything a user sees in reply activities, as plain text: text, card titles, text and buttons, suggested actions.</summary>
internal static class ActivityText
{
    public static IEnumerable<(string Text, bool IsButton)> Parts(Activity activity)
    {
        if (!string.IsNullOrWhiteSpace(activity.Text))
        {
            yield return (PlainText.FromMarkdown(activity.Text), false);
        }

        foreach (var card in (activity.Attachments ?? []).Select(a => AsHeroCard(a.Content)).OfType<HeroCard>())
        {
            foreach (var part in new[] { card.Title, card.Subtitle, card.Text }.Where(p => !string.IsNullOrWhiteSpace(p)))
            {
                yield return (PlainText.FromMarkdown(part!), false);
            }

            foreach (var button in card.Buttons ?? [])
            {
                yield return (button.Title ?? string.Empty, true);
            }
        }

        foreach (var action in activity.SuggestedActions?.Actions ?? [])
        {
            yield return (action.Title ?? string.Empty, true);
        }
    }

    /// <summary>One line with single spaces, for `ask --json` and eval patterns.</summary>
    public static string Flatten(IEnumerable<Activity> activities) =>
        string.Join(' ', activities.SelectMany(Parts).Select(p => string.Join(' ', p.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))));

    // In-process cards are objects; a card read back from JSON is a JsonElement.
    private static HeroCard? AsHeroCard(object? content) => content switch
    {
        HeroCard card => card,
        JsonElement json => json.Deserialize<HeroCard>(ProtocolJson.Options),
        _ => null,
    };
}

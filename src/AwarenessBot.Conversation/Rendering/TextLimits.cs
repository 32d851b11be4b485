using System.Text;
using System.Text.RegularExpressions;

namespace AwarenessBot.Conversation.Rendering;

/// <summary>Channel limits (protocol.md) and the text helpers that respect them.</summary>
public static partial class TextLimits
{
    public const int MessengerText = 2000;
    public const int QuickReplyTitle = 20;
    public const int MessengerQuickReplies = 11;
    public const int CardTitle = 80;
    public const int CardButtons = 3;

    /// <summary>Shortens at a word boundary with an ellipsis, so the result is at most <paramref name="max"/> characters.</summary>
    public static string Shorten(string text, int max)
    {
        text = text.Trim();
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text[..(max - 1)];
        var space = cut.LastIndexOf(' ');
        if (space >= max / 2)
        {
            cut = cut[..space];
        }

        return cut.TrimEnd(' ', ',', ';', ':', '-') + "…";
    }

    /// <summary>
    /// Splits text into parts of at most <paramref name="max"/> characters, at paragraph, then line, then sentence,
    /// then word boundaries. Line breaks survive (Messenger shows them: a bullet list stays a list); text that fits
    /// is returned as it is.
    /// </summary>
    public static IReadOnlyList<string> Split(string text, int max)
    {
        var trimmed = text.Trim();
        if (trimmed.Length <= max)
        {
            return trimmed.Length == 0 ? [] : [trimmed];
        }

        var parts = new List<string>();
        var current = new StringBuilder();
        foreach (var piece in Pieces(trimmed, max))
        {
            var separator = current.Length == 0 ? string.Empty : piece.Separator;
            if (current.Length + separator.Length + piece.Text.Length > max && current.Length > 0)
            {
                parts.Add(current.ToString().Trim());
                current.Clear();
                separator = string.Empty;
            }

            current.Append(separator).Append(piece.Text);
        }

        if (current.Length > 0)
        {
            parts.Add(current.ToString().Trim());
        }

        return parts.Where(p => p.Length > 0).ToList();
    }

    // Each piece carries what joined it to the previous one in the text: a paragraph break, a line break or a space.
    private static IEnumerable<(string Text, string Separator)> Pieces(string text, int max)
    {
        foreach (var paragraph in text.Split("\n\n"))
        {
            var separator = "\n\n";
            foreach (var line in paragraph.Split('\n'))
            {
                foreach (var sentence in SentenceEnd().Split(line))
                {
                    foreach (var chunk in Words(sentence, max))
                    {
                        yield return (chunk, separator);
                        separator = " ";
                    }
                }

                separator = "\n";
            }
        }
    }

    // A single sentence longer than the limit is cut between words (or hard-cut if it has none).
    private static IEnumerable<string> Words(string sentence, int max)
    {
        var rest = sentence.Trim();
        while (rest.Length > max)
        {
            var space = rest.LastIndexOf(' ', max - 1);
            var cut = space > 0 ? space : max;
            yield return rest[..cut].TrimEnd();
            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0)
        {
            yield return rest;
        }
    }

    [GeneratedRegex(@"(?<=[.!?…])\s+")]
    private static partial Regex SentenceEnd();
}

using System.Text;
using System.Text.RegularExpressions;

namespace AwarenessBot.Conversation.Rendering;

/// <summary>Turns the light Markdown of replies (bold, italics, links, "- " bullets) into plain text.</summary>
public static partial class PlainText
{
    // Replies are the bot's own words (entries, contacts), never the user's: a few hundred distinct texts, each
    // converted once. Bounded anyway, in case a future reply is built per user.
    private const int MaxRemembered = 2048;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Converted = new(StringComparer.Ordinal);

    public static string FromMarkdown(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        if (Converted.TryGetValue(markdown, out var plain))
        {
            return plain;
        }

        plain = Convert(markdown);
        if (Converted.Count >= MaxRemembered)
        {
            Converted.Clear();
        }

        Converted.TryAdd(markdown, plain);
        return plain;
    }

    private static string Convert(string markdown)
    {
        var builder = new StringBuilder(markdown.Length);
        foreach (var paragraph in markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n"))
        {
            if (builder.Length > 0)
            {
                builder.Append("\n\n");
            }

            builder.Append(Paragraph(paragraph));
        }

        return builder.ToString().Trim();
    }

    /// <summary>Everything on one line: plain text with all whitespace runs collapsed (for `ask --json`).</summary>
    public static string Flatten(string markdown) => Whitespace().Replace(FromMarkdown(markdown), " ").Trim();

    // Soft-wrapped lines join with a space; bullets keep their own line with "• ".
    private static string Paragraph(string paragraph)
    {
        // Lines are joined first, so bold or a link that wraps across lines is still recognised.
        var lines = new List<string>();
        foreach (var raw in paragraph.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var bullet = Bullet().Match(line);
            if (bullet.Success)
            {
                lines.Add("• " + line[bullet.Length..]);
            }
            else if (lines.Count > 0)
            {
                // A soft-wrapped line, or the lazy continuation of a bullet (as Markdown reads it).
                lines[^1] += " " + line;
            }
            else
            {
                lines.Add(line);
            }
        }

        return string.Join('\n', lines.Select(Inline));
    }

    private static string Inline(string line)
    {
        line = Heading().Replace(line, string.Empty);
        line = Link().Replace(line, m => m.Groups["text"].Value == m.Groups["url"].Value
            ? m.Groups["url"].Value
            : $"{m.Groups["text"].Value} ({m.Groups["url"].Value})");
        line = Bold().Replace(line, "${text}");
        line = Italic().Replace(line, "${text}");
        return line.Replace("`", string.Empty, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^(?:[-*+]|\d+[.)])\s+")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^#{1,6}\s+")]
    private static partial Regex Heading();

    [GeneratedRegex(@"\[(?<text>[^\]]+)\]\((?<url>[^)\s]+)\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"(\*\*|__)(?<text>.+?)\1")]
    private static partial Regex Bold();

    [GeneratedRegex(@"(?<![\w*])[*_](?<text>[^*_\s][^*_]*?)[*_](?![\w*])")]
    private static partial Regex Italic();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

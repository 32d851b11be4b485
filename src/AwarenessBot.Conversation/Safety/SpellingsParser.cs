using System.Text;
using AwarenessBot.Knowledge;

namespace AwarenessBot.Conversation.Safety;

/// <summary>
/// Reads the spellings file: <c>variant variant … = replacement</c> per line (texting spellings, misspellings,
/// emoji). Keys and replacements are folded like messages, so "pleeease" and "please" are the same key.
/// </summary>
internal static class SpellingsParser
{
    public static Dictionary<string, string> Parse(string path, List<KnowledgeProblem> problems)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var file = $"{SafetyCatalog.Folder}/{Path.GetFileName(path)}";
        var lineNumber = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var equals = line.LastIndexOf(" = ", StringComparison.Ordinal);
            var replacement = equals < 0 ? "" : TextNormalizer.FoldWord(line[(equals + 3)..]);
            if (equals <= 0 || replacement.Length == 0)
            {
                problems.Add(new KnowledgeProblem(file, lineNumber, "a spelling line reads `variant variant … = replacement`"));
                continue;
            }

            foreach (var variant in line[..equals].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var key = Key(variant);
                if (key is null)
                {
                    problems.Add(new KnowledgeProblem(file, lineNumber, $"`{variant}` is neither a word nor a single emoji"));
                }
                else if (!map.TryAdd(key, replacement) && map[key] != replacement)
                {
                    problems.Add(new KnowledgeProblem(file, lineNumber, $"`{variant}` already has another replacement"));
                }
            }
        }

        return map;
    }

    private static string? Key(string variant)
    {
        if (variant.Any(char.IsLetterOrDigit))
        {
            var folded = TextNormalizer.FoldWord(variant);
            return folded.Contains(' ', StringComparison.Ordinal) || folded.Length == 0 ? null : folded;
        }

        // Emoji are looked up one code point at a time, without variation selectors (U+FE0F).
        var bare = variant.Replace("\uFE0F", "", StringComparison.Ordinal).Replace("\uFE0E", "", StringComparison.Ordinal);
        return bare.EnumerateRunes().Count() == 1 && Rune.GetRuneAt(bare, 0).Value > 0x7F ? bare : null;
    }
}

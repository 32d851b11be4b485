namespace AwarenessBot.Knowledge.Loading;

/// <summary>
/// Parses <c>synonyms.txt</c>: one group of equivalent terms per line, comma-separated, multi-word terms
/// allowed, <c>#</c> starts a comment (Solr-style equivalence groups; the one-way <c>=&gt;</c> form is not supported).
/// </summary>
internal static class SynonymsFileParser
{
    public static IReadOnlyList<IReadOnlyList<string>> Parse(string displayPath, string text, List<KnowledgeProblem> problems)
    {
        var groups = new List<IReadOnlyList<string>>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var lineNumber = i + 1;
            var hash = lines[i].IndexOf('#', StringComparison.Ordinal);
            var content = (hash >= 0 ? lines[i][..hash] : lines[i]).Trim();
            if (content.Length == 0)
            {
                continue;
            }

            if (content.Contains("=>", StringComparison.Ordinal))
            {
                problems.Add(new(displayPath, lineNumber, "'=>' mappings are not supported; list equivalent terms separated by commas"));
                continue;
            }

            var raw = content.Split(',');
            var terms = raw.Select(Normalise).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            if (terms.Count != raw.Length)
            {
                problems.Add(new(displayPath, lineNumber, "empty or repeated term (check for doubled or trailing commas)", ProblemSeverity.Warning));
            }

            if (terms.Count < 2)
            {
                problems.Add(new(displayPath, lineNumber, "a synonym group needs at least two terms separated by commas"));
                continue;
            }

            foreach (var term in terms)
            {
                if (!term.Any(char.IsLetterOrDigit))
                {
                    problems.Add(new(displayPath, lineNumber, $"term '{term}' has no letters or digits"));
                }
                else if (!seen.TryAdd(term, lineNumber))
                {
                    problems.Add(new(displayPath, lineNumber,
                        $"term '{term}' is already in the group on line {seen[term]}; merge the two lines", ProblemSeverity.Warning));
                }
            }

            groups.Add(terms);
        }

        return groups;
    }

    private static string Normalise(string term) =>
        string.Join(' ', term.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
}

using Lucene.Net.Analysis;

namespace AwarenessBot.Knowledge.Search;

/// <summary>A synonym form found in the user's words: the whole group and the form that matched.</summary>
internal sealed record SynonymMatch(IReadOnlyList<string[]> Group, string[] Form);

/// <summary>
/// Synonym groups analyzed with the index chain, so "child pornography" matches "child porn" only if they
/// stem alike, and multi-word terms are matched on the user's token sequence (longest first).
/// </summary>
internal sealed class SynonymTable
{
    private readonly Dictionary<string, List<(string[] Form, IReadOnlyList<string[]> Group)>> _byFirstStem = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<string[]>> _singleStem = new(StringComparer.Ordinal);

    public SynonymTable(IEnumerable<IReadOnlyList<string>> groups, Analyzer stemmer)
    {
        foreach (var terms in groups)
        {
            var group = terms
                .Select(t => EnglishAnalysis.Tokens(stemmer, t).ToArray())
                .Where(f => f.Length > 0)
                .DistinctBy(f => string.Join(' ', f))
                .ToList();
            if (group.Count < 2)
            {
                continue;
            }

            foreach (var form in group)
            {
                if (!_byFirstStem.TryGetValue(form[0], out var list))
                {
                    _byFirstStem[form[0]] = list = [];
                }

                list.Add((form, group));
                if (form.Length == 1)
                {
                    _singleStem.TryAdd(form[0], group);
                }
            }
        }

        foreach (var list in _byFirstStem.Values)
        {
            list.Sort((a, b) => b.Form.Length.CompareTo(a.Form.Length));
        }
    }

    public bool Contains(string stem) => _singleStem.ContainsKey(stem);

    public IReadOnlyList<string[]>? GroupOf(string stem) => _singleStem.GetValueOrDefault(stem);

    public SynonymMatch? LongestMatch(IReadOnlyList<(string Surface, string Stem)> words, int start)
    {
        if (!_byFirstStem.TryGetValue(words[start].Stem, out var candidates))
        {
            return null;
        }

        foreach (var (form, group) in candidates)
        {
            if (start + form.Length > words.Count)
            {
                continue;
            }

            var all = true;
            for (var k = 1; k < form.Length && all; k++)
            {
                all = words[start + k].Stem == form[k];
            }

            if (all)
            {
                return new SynonymMatch(group, form);
            }
        }

        return null;
    }
}

using Lucene.Net.Analysis;

namespace AwarenessBot.Knowledge.Search;

/// <summary>One form of a synonym group: its stems, the word gaps allowed between them, and its group.</summary>
internal sealed class SynonymForm(string[] form, int[] gaps, IReadOnlyList<string[]> group)
{
    public string[] Form { get; } = form;

    public int[] Gaps { get; } = gaps;

    public IReadOnlyList<string[]> Group { get; } = group;

    /// <summary>The concept a match of a multi-word form makes (it depends on nothing else); set by the planner.</summary>
    public Concept? Concept { get; set; }
}

/// <summary>
/// Synonym groups analyzed with the index chain, so "child pornography" matches "child porn" only if they
/// stem alike, and multi-word terms are matched on the user's token sequence (longest first).
/// </summary>
internal sealed class SynonymTable
{
    private readonly Dictionary<string, List<SynonymForm>> _byFirstStem = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<string[]>> _singleStem = new(StringComparer.Ordinal);

    /// <param name="groups">The synonym groups as written.</param>
    /// <param name="analyze">A term's stems with their word positions (stop words leave gaps), as the planner reads user text.</param>
    public SynonymTable(IEnumerable<IReadOnlyList<string>> groups, Func<string, IReadOnlyList<(string Stem, int Position)>> analyze)
    {
        foreach (var terms in groups)
        {
            var analyzed = terms.Select(analyze).Where(f => f.Count > 0).DistinctBy(f => string.Join(' ', f.Select(w => w.Stem))).ToList();
            if (analyzed.Count < 2)
            {
                continue;
            }

            var group = analyzed.Select(f => f.Select(w => w.Stem).ToArray()).ToList();
            for (var g = 0; g < group.Count; g++)
            {
                var form = group[g];
                var gaps = analyzed[g].Select((w, k) => k == 0 ? 0 : w.Position - analyzed[g][k - 1].Position).ToArray();
                if (!_byFirstStem.TryGetValue(form[0], out var list))
                {
                    _byFirstStem[form[0]] = list = [];
                }

                list.Add(new SynonymForm(form, gaps, group));
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

    /// <summary>Every form of every group (multi-word forms included), for precomputing their concepts.</summary>
    public IEnumerable<SynonymForm> Forms => _byFirstStem.Values.SelectMany(list => list);

    /// <summary>
    /// The longest synonym form starting at <paramref name="start"/>. The user's words must be as close together as
    /// the form's: "laws and enforcement" is two concepts, not the phrase "law enforcement". With
    /// <paramref name="multiWordOnly"/>, null instead of a one-word form (whose concept the planner caches per word).
    /// </summary>
    public SynonymForm? LongestMatch(ReadOnlySpan<PlannedWord> words, int start, bool multiWordOnly = false)
    {
        if (!_byFirstStem.TryGetValue(words[start].Stem, out var candidates))
        {
            return null;
        }

        foreach (var candidate in candidates)
        {
            var (form, gaps) = (candidate.Form, candidate.Gaps);
            if (multiWordOnly && form.Length == 1)
            {
                // Longest first: only one-word forms remain.
                return null;
            }

            if (start + form.Length > words.Length)
            {
                continue;
            }

            var all = true;
            for (var k = 1; k < form.Length && all; k++)
            {
                var word = words[start + k];
                all = word.Stem == form[k] && word.Position - words[start + k - 1].Position <= gaps[k];
            }

            if (all)
            {
                return candidate;
            }
        }

        return null;
    }
}

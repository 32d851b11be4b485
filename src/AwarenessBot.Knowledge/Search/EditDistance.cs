namespace AwarenessBot.Knowledge.Search;

/// <summary>Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions), bounded.</summary>
internal static class EditDistance
{
    /// <summary>The distance, or <paramref name="max"/> + 1 as soon as it must exceed <paramref name="max"/>.</summary>
    public static int Bounded(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        Span<int> prev2 = stackalloc int[b.Length + 1];
        Span<int> prev = stackalloc int[b.Length + 1];
        Span<int> cur = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            prev[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var v = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    v = Math.Min(v, prev2[j - 2] + 1);
                }

                cur[j] = v;
                rowMin = Math.Min(rowMin, v);
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            var t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }

        return Math.Min(prev[b.Length], max + 1);
    }
}

/// <summary>
/// A rough English sound key for misspellings that edit distance misses: common spellings of one sound are
/// joined ("tion" / "shun", "ph" / "f", soft and hard "c"), then vowels after the first letter and doubled
/// letters are dropped, so "sextorshun" and "sextortion" share a key.
/// </summary>
internal static class Phonetic
{
    private static readonly (string From, string To)[] Rewrites =
    [
        ("tion", "shn"), ("sion", "shn"), ("cion", "shn"), ("shun", "shn"), ("shon", "shn"), ("ph", "f"), ("ck", "k"),
        ("qu", "kw"), ("q", "k"), ("x", "ks"), ("z", "s"), ("wh", "w"), ("ce", "se"), ("ci", "si"), ("cy", "sy"), ("c", "k"),
    ];

    public static string Key(string word)
    {
        var s = word.ToLowerInvariant();
        foreach (var (from, to) in Rewrites)
        {
            s = s.Replace(from, to, StringComparison.Ordinal);
        }

        var key = new System.Text.StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if ((i > 0 && "aeiouy".Contains(c, StringComparison.Ordinal)) || (key.Length > 0 && key[^1] == c))
            {
                continue;
            }

            key.Append(c);
        }

        return key.ToString();
    }
}

using System.Collections.Frozen;

namespace AwarenessBot.Knowledge.Search;

/// <summary>
/// The words of the knowledge base: stem document frequencies (for term weights) and the surface words
/// the user may have misspelled (typo correction against the index vocabulary).
/// </summary>
internal sealed class Vocabulary
{
    private const int MaxWordLength = 24;
    private const int MinSoundWord = 5;
    private const int MinSoundKey = 4;
    private const int MinSwapWord = 4;
    private const int MinCoreFamilyStem = 6;
    private readonly FrozenDictionary<string, int> _stemDf;
    private readonly FrozenDictionary<string, int> _stemIds;
    private readonly FrozenDictionary<string, string> _surfaceToStem;
    private readonly string[][] _surfaceByLength;
    private readonly FrozenDictionary<string, string[]> _stemsBySound;
    private readonly string[] _coreStems;

    public Vocabulary(IReadOnlyCollection<IReadOnlySet<string>> entryStems, IReadOnlyDictionary<string, string> surfaceToStem)
    {
        EntryCount = Math.Max(1, entryStems.Count);
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var stems in entryStems)
        {
            foreach (var stem in stems)
            {
                df[stem] = df.GetValueOrDefault(stem) + 1;
            }
        }

        _stemDf = df.ToFrozenDictionary(StringComparer.Ordinal);
        _stemIds = df.Keys.Order(StringComparer.Ordinal).Select((stem, id) => (stem, id))
            .ToFrozenDictionary(p => p.stem, p => p.id, StringComparer.Ordinal);
        _surfaceToStem = surfaceToStem.ToFrozenDictionary(StringComparer.Ordinal);
        _surfaceByLength = new string[MaxWordLength + 3][];
        for (var len = 0; len < _surfaceByLength.Length; len++)
        {
            _surfaceByLength[len] = [.. surfaceToStem.Keys.Where(w => w.Length == len).Order(StringComparer.Ordinal)];
        }

        MaxIdf = Idf(0);
        _coreStems = [.. df.Keys.Where(s => s.Length >= MinCoreFamilyStem && IsCore(s)).Order(StringComparer.Ordinal)];
        _stemsBySound = surfaceToStem
            .Where(kv => kv.Key.Length >= MinSoundWord)
            .GroupBy(kv => Phonetic.Key(kv.Key), StringComparer.Ordinal)
            .Where(g => g.Key.Length >= MinSoundKey)
            .ToFrozenDictionary(g => g.Key, g => g.Select(kv => kv.Value).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }

    public int EntryCount { get; }

    public double MaxIdf { get; }

    /// <summary>How many distinct stems the entries have (ids run from 0 to this, exclusive).</summary>
    public int StemCount => _stemIds.Count;

    public bool Contains(string stem) => _stemDf.ContainsKey(stem);

    /// <summary>
    /// True for a stem in at least three quarters of the entries ("traffick" here): it names the knowledge base's
    /// subject, so a message that uses it is about that subject whatever else it names ("in Texas", "at truck stops").
    /// </summary>
    public bool IsCore(string stem) => _stemDf.GetValueOrDefault(stem) * 4 >= EntryCount * 3;

    /// <summary>
    /// A core stem, or a word formed from a long one ("trafficker" from "traffick"): it names the subject as well.
    /// Short core stems are left out: a prefix of four or five letters would also start unrelated words.
    /// </summary>
    public bool NamesCore(string stem)
    {
        if (IsCore(stem))
        {
            return true;
        }

        foreach (var core in _coreStems)
        {
            if (stem.Length > core.Length && stem.StartsWith(core, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A stem's id, dense from 0, or -1 for a stem no entry has.</summary>
    public int IdOf(string stem) => _stemIds.GetValueOrDefault(stem, -1);

    /// <summary>A form of these stems with their ids.</summary>
    public TermForm Form(string[] stems, float boost) => new(stems, boost, [.. stems.Select(IdOf)]);

    /// <summary>BM25-style idf over entries; unknown stems get the maximum.</summary>
    public double IdfOf(string stem) => Idf(_stemDf.GetValueOrDefault(stem));

    /// <summary>
    /// Stems of the closest known words within 1 edit (words of 4-6 letters) or 2 edits (longer);
    /// transpositions count as one edit; failing that, a known word that sounds the same. Empty when nothing is close enough.
    /// </summary>
    public IReadOnlyList<string> Correct(string word)
    {
        if (word.Length is < 4 or > MaxWordLength || !word.All(char.IsLetter))
        {
            return [];
        }

        var maxEdits = word.Length <= 6 ? 1 : 2;
        var best = maxEdits + 1;
        var found = new List<string>(2);
        for (var len = Math.Max(1, word.Length - maxEdits); len <= Math.Min(_surfaceByLength.Length - 1, word.Length + maxEdits); len++)
        {
            foreach (var candidate in _surfaceByLength[len])
            {
                // Typos rarely touch the first letter; requiring it (or a swap of the first two) makes the scan
                // 20 times cheaper at the cost of missing those rare ones. In a four-letter word that swap is more
                // often another real word ("cats" / "acts") than a typo, so it is not tried there.
                if (candidate[0] != word[0] && !(word.Length > MinSwapWord && candidate[0] == word[1] && candidate[1] == word[0]))
                {
                    continue;
                }

                var d = EditDistance.Bounded(word, candidate, Math.Min(best, maxEdits));
                if (d < best)
                {
                    best = d;
                    found.Clear();
                }

                if (d == best && d <= maxEdits)
                {
                    var stem = _surfaceToStem[candidate];
                    if (!found.Contains(stem))
                    {
                        found.Add(stem);
                    }
                }
            }
        }

        // Spelled as it sounds ("sextorshun"): too many edits, but the same sound as one known word.
        if (found.Count == 0 && word.Length >= MinSoundWord
            && _stemsBySound.TryGetValue(Phonetic.Key(word), out var sounds) && sounds.Length <= 2)
        {
            return sounds;
        }

        // Many equally close words means the typo is ambiguous: better no correction than a wrong one.
        return found.Count <= 3 ? found : [];
    }

    /// <summary>True when a known word is within one edit (same first letter, or its first two swapped).</summary>
    public bool HasNeighbour(string word)
    {
        for (var len = Math.Max(1, word.Length - 1); len <= Math.Min(_surfaceByLength.Length - 1, word.Length + 1); len++)
        {
            foreach (var candidate in _surfaceByLength[len])
            {
                if ((candidate[0] == word[0] || (word.Length > 1 && candidate[0] == word[1] && candidate.Length > 1 && candidate[1] == word[0]))
                    && EditDistance.Bounded(word, candidate, 1) <= 1)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private double Idf(int df) => Math.Log(1 + ((EntryCount - df + 0.5) / (df + 0.5)));
}

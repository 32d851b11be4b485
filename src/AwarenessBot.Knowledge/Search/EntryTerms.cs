namespace AwarenessBot.Knowledge.Search;

/// <summary>
/// The stems of one entry: each alternate question (and the title) on its own, all of them with the tags
/// (strong), and the answer.
/// </summary>
internal sealed class EntryTerms
{
    // How much a user's word counts when the best question lacks it but the entry has it elsewhere.
    private const double ElsewhereCredit = 0.4;
    private const double AnswerCredit = 0.2;

    // The share of the score that asks "did the user cover the question" rather than "did the question cover the user".
    private const double QuestionSideWeight = 0.35;

    private readonly HashSet<string>[] _questions;
    private readonly HashSet<string> _strong;
    private readonly HashSet<string> _all;
    private (string Stem, double Idf)[][] _questionIdf = [];
    private double[] _questionIdfTotal = [];

    // The same sets as bitsets over vocabulary ids: a message checks thousands of (form, set) pairs.
    private StemSet[] _questionSets = [];
    private int[][] _questionIds = [];
    private StemSet _strongSet;
    private StemSet _allSet;

    public EntryTerms(KnowledgeEntry entry, IReadOnlyList<HashSet<string>> questions, HashSet<string> strong, HashSet<string> answer)
    {
        Entry = entry;
        _questions = [.. questions];
        _strong = strong;
        _all = strong.Union(answer).ToHashSet(StringComparer.Ordinal);
    }

    public KnowledgeEntry Entry { get; }

    public IEnumerable<string> QuestionStems => _questions.SelectMany(q => q);

    public IReadOnlySet<string> AllStems => _all;

    /// <summary>Precomputes each question's term weights once the knowledge base's vocabulary is known.</summary>
    public void UseVocabulary(Vocabulary vocabulary)
    {
        _questionIdf = [.. _questions.Select(q => q.Select(s => (s, vocabulary.IdfOf(s))).ToArray())];
        _questionIdfTotal = [.. _questionIdf.Select(q => q.Sum(p => p.Idf))];
        _questionIds = [.. _questionIdf.Select(q => q.Select(p => vocabulary.IdOf(p.Stem)).ToArray())];
        _questionSets = [.. _questions.Select(q => StemSet.Of(q, vocabulary))];
        _strongSet = StemSet.Of(_strong, vocabulary);
        _allSet = StemSet.Of(_all, vocabulary);
    }

    /// <summary>
    /// How well the user's concepts match this entry, in [0, 1], the same scale for every query: for the best
    /// alternate question, the idf-weighted share of the user's concepts it contains (words only elsewhere in the
    /// entry count partly) blended with the idf-weighted share of the question's words the user used.
    /// Unknown words weigh most, so "what is the weather" matches no entry even though "what" does.
    /// </summary>
    public double Similarity(IReadOnlyList<Concept> concepts)
    {
        double total = 0;
        var formCount = 0;
        for (var i = 0; i < concepts.Count; i++)
        {
            total += concepts[i].Weight;
            formCount += concepts[i].Forms.Count;
        }

        if (total <= 0 || !CoversTopic(concepts))
        {
            return 0;
        }

        // Credit that does not depend on the question, and the forms that can match some question at all
        // (as concept index * 65536 + form index).
        Span<double> elsewhere = stackalloc double[concepts.Count];
        Span<double> covered = stackalloc double[concepts.Count];
        var strongForms = formCount <= 256 ? stackalloc int[formCount] : new int[formCount];
        var strongCount = 0;
        for (var i = 0; i < concepts.Count; i++)
        {
            double best = 0;
            var forms = concepts[i].Forms;
            for (var k = 0; k < forms.Count; k++)
            {
                var form = forms[k];
                if (_strongSet.ContainsAll(form.Ids))
                {
                    strongForms[strongCount++] = (i << 16) | k;
                    best = Math.Max(best, ElsewhereCredit * form.Boost);
                }
                else if (_allSet.ContainsAll(form.Ids))
                {
                    best = Math.Max(best, AnswerCredit * form.Boost);
                }
            }

            elsewhere[i] = best;
        }

        // A question word counts as used only through a whole form the question contains: "sex" from the
        // phrase "sex extortion" says nothing about a question on sex trafficking.
        var matched = strongCount <= 256 ? stackalloc int[strongCount] : new int[strongCount];
        double similarity = 0;
        for (var q = 0; q < _questionSets.Length; q++)
        {
            elsewhere.CopyTo(covered);
            var matchedCount = 0;
            foreach (var packed in strongForms[..strongCount])
            {
                var (i, form) = (packed >> 16, concepts[packed >> 16].Forms[packed & 0xFFFF]);
                if (_questionSets[q].ContainsAll(form.Ids))
                {
                    covered[i] = Math.Max(covered[i], form.Boost);
                    matched[matchedCount++] = packed;
                }
            }

            double coveredWeight = 0;
            for (var i = 0; i < concepts.Count; i++)
            {
                coveredWeight += concepts[i].Weight * covered[i];
            }

            double questionMatched = 0;
            var ids = _questionIds[q];
            for (var s = 0; s < ids.Length; s++)
            {
                if (Uses(concepts, matched[..matchedCount], ids[s]))
                {
                    questionMatched += _questionIdf[q][s].Idf;
                }
            }

            var questionSide = _questionIdfTotal[q] > 0 ? questionMatched / _questionIdfTotal[q] : 0;
            similarity = Math.Max(similarity, ((1 - QuestionSideWeight) * coveredWeight / total) + (QuestionSideWeight * questionSide));
        }

        return Math.Clamp(similarity, 0, 1);
    }

    // An answer needs a topic in common: question words, low-information words and unknown words alone
    // ("what kind of dog") never make an entry a match, however many of them it shares.
    private bool CoversTopic(IReadOnlyList<Concept> concepts)
    {
        for (var i = 0; i < concepts.Count; i++)
        {
            if (concepts[i].Topic)
            {
                var forms = concepts[i].Forms;
                for (var k = 0; k < forms.Count; k++)
                {
                    if (_strongSet.ContainsAll(forms[k].Ids))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static bool Uses(IReadOnlyList<Concept> concepts, ReadOnlySpan<int> matched, int id)
    {
        foreach (var packed in matched)
        {
            if (Array.IndexOf(concepts[packed >> 16].Forms[packed & 0xFFFF].Ids, id) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>A set of stems as a bitset over vocabulary ids.</summary>
internal readonly struct StemSet(ulong[] bits)
{
    public static StemSet Of(IEnumerable<string> stems, Vocabulary vocabulary)
    {
        var bits = new ulong[(vocabulary.StemCount + 63) / 64];
        foreach (var stem in stems)
        {
            var id = vocabulary.IdOf(stem);
            if (id >= 0)
            {
                bits[id >> 6] |= 1UL << id;
            }
        }

        return new StemSet(bits);
    }

    /// <summary>True when every id is in the set; an unknown stem (-1) is in no set.</summary>
    public bool ContainsAll(int[] ids)
    {
        foreach (var id in ids)
        {
            if (id < 0 || (bits[id >> 6] & (1UL << id)) == 0)
            {
                return false;
            }
        }

        return true;
    }
}

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
        foreach (var c in concepts)
        {
            total += c.Weight;
        }

        if (total <= 0)
        {
            return 0;
        }

        // Credit that does not depend on the question, and the forms that can match some question at all.
        Span<double> elsewhere = stackalloc double[concepts.Count];
        Span<double> covered = stackalloc double[concepts.Count];
        var strongForms = new List<(int Concept, TermForm Form)>();
        for (var i = 0; i < concepts.Count; i++)
        {
            double best = 0;
            foreach (var form in concepts[i].Forms)
            {
                if (All(form, _strong))
                {
                    strongForms.Add((i, form));
                    best = Math.Max(best, ElsewhereCredit * form.Boost);
                }
                else if (All(form, _all))
                {
                    best = Math.Max(best, AnswerCredit * form.Boost);
                }
            }

            elsewhere[i] = best;
        }

        // A question word counts as used only through a whole form the question contains: "sex" from the
        // phrase "sex extortion" says nothing about a question on sex trafficking.
        var matched = new List<TermForm>();
        double similarity = 0;
        for (var q = 0; q < _questions.Length; q++)
        {
            elsewhere.CopyTo(covered);
            matched.Clear();
            foreach (var (i, form) in strongForms)
            {
                if (All(form, _questions[q]))
                {
                    covered[i] = Math.Max(covered[i], form.Boost);
                    matched.Add(form);
                }
            }

            double coveredWeight = 0;
            for (var i = 0; i < concepts.Count; i++)
            {
                coveredWeight += concepts[i].Weight * covered[i];
            }

            double questionMatched = 0;
            foreach (var (stem, idf) in _questionIdf[q])
            {
                if (Uses(matched, stem))
                {
                    questionMatched += idf;
                }
            }

            var questionSide = _questionIdfTotal[q] > 0 ? questionMatched / _questionIdfTotal[q] : 0;
            similarity = Math.Max(similarity, ((1 - QuestionSideWeight) * coveredWeight / total) + (QuestionSideWeight * questionSide));
        }

        return Math.Clamp(similarity, 0, 1);
    }

    private static bool Uses(List<TermForm> forms, string stem)
    {
        foreach (var form in forms)
        {
            if (Array.IndexOf(form.Stems, stem) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool All(TermForm form, HashSet<string> set)
    {
        foreach (var stem in form.Stems)
        {
            if (!set.Contains(stem))
            {
                return false;
            }
        }

        return true;
    }
}

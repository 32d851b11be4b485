namespace AwarenessBot.Knowledge.Search;

/// <summary>
/// The stems of one entry: each alternate question (and the title) on its own, all of them with the tags
/// (strong), and the answer.
/// </summary>
internal sealed class EntryTerms(KnowledgeEntry entry, IReadOnlyList<HashSet<string>> questions, HashSet<string> strong, HashSet<string> answer)
{
    // How much a user's word counts when the best question lacks it but the entry has it elsewhere.
    private const double ElsewhereCredit = 0.4;
    private const double AnswerCredit = 0.2;

    // The share of the score that asks "did the user cover the question" rather than "did the question cover the user".
    private const double QuestionSideWeight = 0.35;

    public KnowledgeEntry Entry { get; } = entry;

    public IEnumerable<string> QuestionStems => questions.SelectMany(q => q);

    public IReadOnlySet<string> AllStems { get; } = strong.Union(answer).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// How well the user's concepts match this entry, in [0, 1], the same scale for every query: for the best
    /// alternate question, the idf-weighted share of the user's concepts it contains (words only elsewhere in
    /// the entry count partly) blended with the idf-weighted share of the question's words the user used.
    /// Unknown words weigh most, so "what is the weather" matches no entry even though "what" does.
    /// </summary>
    public double Similarity(IReadOnlyList<Concept> concepts, IReadOnlySet<string> queryStems, Vocabulary vocabulary)
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

        double best = 0;
        foreach (var question in questions)
        {
            double covered = 0, questionMatched = 0, questionTotal = 0;
            foreach (var c in concepts)
            {
                covered += c.Weight * Credit(c, question);
            }

            foreach (var stem in question)
            {
                var idf = vocabulary.IdfOf(stem);
                questionTotal += idf;
                if (queryStems.Contains(stem))
                {
                    questionMatched += idf;
                }
            }

            var questionSide = questionTotal > 0 ? questionMatched / questionTotal : 0;
            best = Math.Max(best, ((1 - QuestionSideWeight) * covered / total) + (QuestionSideWeight * questionSide));
        }

        return Math.Clamp(best, 0, 1);
    }

    private double Credit(Concept concept, HashSet<string> question)
    {
        double best = 0;
        foreach (var form in concept.Forms)
        {
            var credit = All(form, question) ? 1
                : All(form, strong) ? ElsewhereCredit
                : All(form, AllStems) ? AnswerCredit
                : 0;
            best = Math.Max(best, credit * form.Boost);
        }

        return best;
    }

    private static bool All(TermForm form, IReadOnlySet<string> set)
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

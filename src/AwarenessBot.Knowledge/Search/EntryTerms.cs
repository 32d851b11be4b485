namespace AwarenessBot.Knowledge.Search;

/// <summary>The stems of one entry: from its questions, title and tags (strong) and from its answer.</summary>
internal sealed class EntryTerms(KnowledgeEntry entry, IReadOnlySet<string> strong, IReadOnlySet<string> answer)
{
    private const double AnswerOnlyCredit = 0.5;

    public KnowledgeEntry Entry { get; } = entry;

    public IReadOnlySet<string> Strong { get; } = strong;

    public IReadOnlySet<string> Answer { get; } = answer;

    /// <summary>
    /// The idf-weighted share of the user's concepts this entry covers, in [0, 1]: 1 when every word the user
    /// used (or a synonym or typo correction of it) is in the entry's questions, title or tags. Unknown words
    /// weigh most, so "what is the weather" covers little of any entry even though "what" matches.
    /// </summary>
    public double Coverage(IReadOnlyList<Concept> concepts)
    {
        double total = 0, covered = 0;
        foreach (var concept in concepts)
        {
            total += concept.Weight;
            covered += concept.Weight * Credit(concept);
        }

        return total > 0 ? covered / total : 0;
    }

    private double Credit(Concept concept)
    {
        double best = 0;
        foreach (var form in concept.Forms)
        {
            var credit = form.Stems.All(Strong.Contains) ? 1
                : form.Stems.All(s => Strong.Contains(s) || Answer.Contains(s)) ? AnswerOnlyCredit
                : 0;
            best = Math.Max(best, credit * form.Boost);
        }

        return best;
    }
}

namespace AwarenessBot.Knowledge.Search;

/// <summary>An entry the search found, with its BM25 score and its coverage of the user's concepts.</summary>
internal sealed record Candidate(EntryTerms Terms, float Score, double Similarity)
{
    /// <summary>The confidence in [0, 1] reported for this entry.</summary>
    public double Confidence { get; init; }
}

/// <summary>The decision and the ranked candidates behind it.</summary>
internal sealed record ScoredDecision(SearchDecision Decision, IReadOnlyList<Candidate> Ranked)
{
    public static ScoredDecision Empty { get; } = new(SearchDecision.None, []);
}

/// <summary>
/// Answer / clarify / fallback from a confidence that means the same across queries: the idf-weighted share of
/// the user's words the entry covers (not a raw Lucene score, which grows with query length), discounted by
/// how far the entry's BM25 score trails the best. Thresholds were tuned on the tuning split of
/// tests/AwarenessBot.Knowledge.Tests/Data/answers-labelled.tsv and checked on its holdout split.
/// </summary>
internal static class DecisionPolicy
{
    /// <summary>Below this the top entry is not a confident match: fall back.</summary>
    internal const double AnswerFloor = 0.5;

    /// <summary>A runner-up within this confidence of the top, and within <see cref="Bm25TieShare"/> of its BM25, is a near tie.</summary>
    internal const double TieMargin = 0.02;

    /// <summary>
    /// A near tie must be close on both features: a runner-up whose BM25 score trails the top's by more than this
    /// share matched the words less well, however close its coverage, so the top is answered.
    /// </summary>
    internal const double Bm25TieShare = 0.2;

    internal const int MaxChoices = 3;

    /// <summary>How much an entry's BM25 score, relative to the best, discounts its similarity.</summary>
    internal const double Bm25Share = 0.2;

    public static ScoredDecision Decide(IReadOnlyList<Candidate> candidates, int conceptCount)
    {
        if (candidates.Count == 0 || conceptCount == 0)
        {
            return ScoredDecision.Empty;
        }

        var maxScore = candidates.Max(c => c.Score);
        var ranked = candidates
            .Select(c => c with { Confidence = Math.Clamp(c.Similarity * (1 - Bm25Share + (Bm25Share * c.Score / maxScore)), 0, 1) })
            .OrderByDescending(c => c.Confidence)
            .ThenByDescending(c => c.Score)
            .ThenBy(c => c.Terms.Entry.Id, StringComparer.Ordinal)
            .ToList();

        var top = ranked[0];
        if (top.Confidence < AnswerFloor)
        {
            return new(SearchDecision.None, ranked);
        }

        var close = ranked.TakeWhile(c => c.Confidence >= top.Confidence - TieMargin)
            .Where(c => c == top || c.Score >= top.Score * (1 - Bm25TieShare))
            .Take(MaxChoices)
            .ToList();
        var outcome = close.Count > 1 ? SearchOutcome.Clarify : SearchOutcome.Answer;
        var hits = (outcome == SearchOutcome.Clarify ? close : ranked.Take(MaxChoices))
            .Select(c => new SearchHit(c.Terms.Entry, Math.Round(c.Confidence, 3)))
            .ToList();
        return new(new SearchDecision(outcome, hits), ranked);
    }
}

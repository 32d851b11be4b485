namespace AwarenessBot.Knowledge.Search;

/// <summary>An entry the search found, with its BM25 score and its coverage of the user's concepts.</summary>
internal readonly record struct Candidate(EntryTerms Terms, float Score, double Similarity)
{
    /// <summary>The confidence in [0, 1] reported for this entry.</summary>
    public double Confidence { get; init; }
}

/// <summary>Room for the candidates of one decision, on the stack.</summary>
[System.Runtime.CompilerServices.InlineArray(Capacity)]
internal struct CandidateBuffer
{
    public const int Capacity = 8;
    private Candidate _first;
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

    /// <summary>
    /// A runner-up within this confidence of the top, within this similarity (coverage) of it, and within
    /// <see cref="Bm25TieShare"/> of its BM25, is a near tie. Coverage counts on its own: a runner-up that covers
    /// the user's words less well is not a tie because its higher BM25 brought its confidence close ("red flags of
    /// trafficking" is the general signs entry, not a choice between it and the child and labor ones).
    /// </summary>
    internal const double TieMargin = 0.02;

    /// <summary>
    /// A near tie must be close on both features: a runner-up whose BM25 score trails the top's by more than this
    /// share matched the words less well, however close its coverage, so the top is answered.
    /// </summary>
    internal const double Bm25TieShare = 0.2;

    /// <summary>
    /// The floor for a long message (at least <see cref="LongMessageConcepts"/> concepts): someone who describes a
    /// situation before asking ("my niece has a 24 year old boyfriend, two phones and cash... what could that mean")
    /// adds words no answer repeats, so the share of their words an entry covers is lower for the same fit.
    /// </summary>
    internal const double LongMessageFloor = 0.4;

    internal const int LongMessageConcepts = 7;

    internal const int MaxChoices = 3;

    /// <summary>How much an entry's BM25 score, relative to the best, discounts its similarity.</summary>
    internal const double Bm25Share = 0.2;

    public static ScoredDecision Decide(IReadOnlyList<Candidate> candidates, int conceptCount)
    {
        var ranked = candidates.ToArray();
        var decision = DecideInPlace(ranked, conceptCount);
        return ranked.Length == 0 || conceptCount == 0 ? ScoredDecision.Empty : new(decision, ranked);
    }

    /// <summary>
    /// The decision for these candidates, which are ranked in place (best first) with their confidence set:
    /// confidence, then BM25 score, then id. Allocates only the decision it returns.
    /// </summary>
    public static SearchDecision DecideInPlace(Span<Candidate> ranked, int conceptCount)
    {
        if (ranked.Length == 0 || conceptCount == 0)
        {
            return SearchDecision.None;
        }

        var maxScore = float.MinValue;
        foreach (var c in ranked)
        {
            maxScore = Math.Max(maxScore, c.Score);
        }

        for (var i = 0; i < ranked.Length; i++)
        {
            var c = ranked[i];
            ranked[i] = c with { Confidence = Math.Clamp(c.Similarity * (1 - Bm25Share + (Bm25Share * c.Score / maxScore)), 0, 1) };
        }

        // Insertion sort: stable, and there are at most a handful of candidates.
        for (var i = 1; i < ranked.Length; i++)
        {
            var c = ranked[i];
            var j = i - 1;
            for (; j >= 0 && Before(c, ranked[j]); j--)
            {
                ranked[j + 1] = ranked[j];
            }

            ranked[j + 1] = c;
        }

        var top = ranked[0];
        if (top.Confidence < (conceptCount >= LongMessageConcepts ? LongMessageFloor : AnswerFloor))
        {
            return SearchDecision.None;
        }

        Span<int> close = stackalloc int[MaxChoices];
        var closeCount = 0;
        for (var i = 0; i < ranked.Length && closeCount < MaxChoices && ranked[i].Confidence >= top.Confidence - TieMargin; i++)
        {
            if (i == 0 || (ranked[i].Score >= top.Score * (1 - Bm25TieShare) && ranked[i].Similarity >= top.Similarity - TieMargin))
            {
                close[closeCount++] = i;
            }
        }

        if (closeCount > 1)
        {
            var choices = new SearchHit[closeCount];
            for (var i = 0; i < closeCount; i++)
            {
                choices[i] = Hit(ranked[close[i]]);
            }

            return new SearchDecision(SearchOutcome.Clarify, choices);
        }

        var hits = new SearchHit[Math.Min(MaxChoices, ranked.Length)];
        for (var i = 0; i < hits.Length; i++)
        {
            hits[i] = Hit(ranked[i]);
        }

        return new SearchDecision(SearchOutcome.Answer, hits);
    }

    private static SearchHit Hit(Candidate c) => new(c.Terms.Entry, Math.Round(c.Confidence, 3));

    // Higher confidence first, then higher BM25 score, then id (ordinal): a total order, as OrderBy...ThenBy was.
    private static bool Before(Candidate a, Candidate b)
    {
        var byConfidence = a.Confidence.CompareTo(b.Confidence);
        if (byConfidence != 0)
        {
            return byConfidence > 0;
        }

        var byScore = a.Score.CompareTo(b.Score);
        return byScore != 0 ? byScore > 0 : string.CompareOrdinal(a.Terms.Entry.Id, b.Terms.Entry.Id) < 0;
    }
}

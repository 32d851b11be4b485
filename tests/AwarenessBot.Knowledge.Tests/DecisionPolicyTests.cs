using AwarenessBot.Knowledge.Search;

namespace AwarenessBot.Knowledge.Tests;

/// <summary>Answer / clarify / fallback from candidates' features, without an index.</summary>
public sealed class DecisionPolicyTests
{
    [Fact]
    public void Decide_CloseOnConfidenceAndBm25_Clarifies()
    {
        var decision = DecisionPolicy.Decide([Candidate("a", 10f, 0.80), Candidate("b", 9.5f, 0.79)], 3).Decision;

        Assert.Equal(SearchOutcome.Clarify, decision.Outcome);
        Assert.Equal(["a", "b"], decision.Hits.Select(h => h.Entry.Id));
    }

    [Fact]
    public void Decide_CloseOnConfidenceButFarOnBm25_AnswersTheTop()
    {
        // b's coverage is higher, but its BM25 trails by 30%: its confidence ends close, yet it is no near tie.
        var decision = DecisionPolicy.Decide([Candidate("a", 10f, 0.80), Candidate("b", 7f, 0.83)], 3).Decision;

        Assert.Equal(SearchOutcome.Answer, decision.Outcome);
        Assert.Equal("a", decision.Top!.Entry.Id);
        Assert.InRange(decision.Hits[1].Confidence, decision.Top.Confidence - DecisionPolicy.TieMargin, decision.Top.Confidence);
    }

    [Fact]
    public void Decide_RunnerUpWellBelowOnConfidence_Answers()
    {
        var decision = DecisionPolicy.Decide([Candidate("a", 10f, 0.80), Candidate("b", 10f, 0.70)], 3).Decision;

        Assert.Equal(SearchOutcome.Answer, decision.Outcome);
        Assert.Equal("a", decision.Top!.Entry.Id);
    }

    [Fact]
    public void Decide_TopBelowTheFloor_FallsBack()
    {
        var decision = DecisionPolicy.Decide([Candidate("a", 10f, DecisionPolicy.AnswerFloor - 0.05)], 3).Decision;

        Assert.Equal(SearchOutcome.Fallback, decision.Outcome);
        Assert.Empty(decision.Hits);
    }

    [Fact]
    public void Decide_ManyNearTies_OffersAtMostThreeChoices()
    {
        var candidates = Enumerable.Range(0, 6).Select(i => Candidate($"e{i}", 10f - (i * 0.1f), 0.9 - (i * 0.001))).ToList();

        var decision = DecisionPolicy.Decide(candidates, 3).Decision;

        Assert.Equal(SearchOutcome.Clarify, decision.Outcome);
        Assert.Equal(DecisionPolicy.MaxChoices, decision.Hits.Count);
    }

    private static Candidate Candidate(string id, float score, double similarity)
    {
        var entry = new KnowledgeEntry(id, id, [id], [], "answer", "source.txt", null, [], id + ".md");
        return new Candidate(new EntryTerms(entry, [[id]], [id], []), score, similarity);
    }
}

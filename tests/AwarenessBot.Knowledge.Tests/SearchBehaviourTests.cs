namespace AwarenessBot.Knowledge.Tests;

/// <summary>Behaviour on the small "valid" fixture, where the expected entry is unambiguous.</summary>
public sealed class SearchBehaviourTests : IDisposable
{
    private readonly KnowledgeIndex _index = KnowledgeIndex.Build(KnowledgeLoader.Load(TestPaths.Fixture("valid")).Base!);

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("what is human trafficking", "what-is-human-trafficking")]
    [InlineData("How do I report trafficking?", "how-to-report")]
    [InlineData("what is humen traficking", "what-is-human-trafficking")]
    [InlineData("how do i reprot trafficking", "how-to-report")]
    [InlineData("which organisations help victims", "organizations-that-help")]
    [InlineData("which charities help victims", "organizations-that-help")]
    [InlineData("how many websites show csam", "stats-abuse-websites")]
    [InlineData("how many websites show child porn", "stats-abuse-websites")]
    [InlineData("do sex crimes against kids start on social media", "stats-social-media")]
    public void Decide_ParaphraseTypoOrSynonym_AnswersTheEntry(string text, string expected)
    {
        var decision = _index.Decide(text);

        Assert.Equal(SearchOutcome.Answer, decision.Outcome);
        Assert.Equal(expected, decision.Top!.Entry.Id);
        Assert.InRange(decision.Top.Confidence, 0.5, 1);
    }

    [Theory]
    [InlineData("what is the weather in paris tomorrow")]
    [InlineData("recommend a lasagne recipe")]
    [InlineData("who won the football match")]
    [InlineData("what kind of dog should i get")]
    [InlineData("how do i")]
    [InlineData("what")]
    public void Decide_OutOfScope_FallsBack(string text)
    {
        Assert.Equal(SearchOutcome.Fallback, _index.Decide(text).Outcome);
    }

    [Fact]
    public void Decide_ExactQuestion_ScoresHigherThanAParaphrase()
    {
        var exact = _index.Decide("how do i report trafficking").Top!.Confidence;
        var paraphrase = _index.Decide("reporting trafficking to someone please").Top!.Confidence;

        Assert.True(exact > paraphrase, $"{exact} <= {paraphrase}");
        Assert.Equal(1.0, exact);
    }

    [Fact]
    public void FindById_KnownAndUnknown_ReturnsEntryOrNull()
    {
        Assert.Equal("how-to-report", _index.FindById("how-to-report")!.Id);
        Assert.Null(_index.FindById("nope"));
        Assert.Equal(5, _index.Entries.Count);
    }
}

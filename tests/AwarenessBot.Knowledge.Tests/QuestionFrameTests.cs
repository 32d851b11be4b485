namespace AwarenessBot.Knowledge.Tests;

/// <summary>
/// Frames that say what kind of question is asked, on the real knowledge base: a comparison with something no entry
/// covers, "is this trafficking?", and hedges ("I think") that must not decide the entry.
/// </summary>
public sealed class QuestionFrameTests(RepositoryIndexFixture fixture) : IClassFixture<RepositoryIndexFixture>
{
    [Theory]
    [InlineData("what's the difference between smuggling and trafficking")]
    [InlineData("whats the difference between human smuggling and trafficking")]
    [InlineData("smuggling vs trafficking")]
    [InlineData("what's the difference between a frog and a toad")]
    public void Decide_ComparisonWithAWordNoEntryHas_FallsBack(string text)
    {
        Assert.Equal(SearchOutcome.Fallback, fixture.Index.Decide(text).Outcome);
    }

    [Theory]
    [InlineData("difference between counter and anti trafficking", "counter-vs-anti-trafficking")]
    [InlineData("what is the difference between prostitution and trafficking", "abuse-not-prostitution")]
    public void Decide_ComparisonOfKnownTerms_IsAnswered(string text, string expected)
    {
        var decision = fixture.Index.Decide(text);

        Assert.Equal(SearchOutcome.Answer, decision.Outcome);
        Assert.Equal(expected, decision.Top!.Entry.Id);
    }

    [Theory]
    [InlineData("is this trafficking?")]
    [InlineData("is that trafficking")]
    [InlineData("does this sound like trafficking to you")]
    [InlineData("my neighbour seems shady, what should i look for")]
    public void Decide_IsThisTrafficking_AnswersTheSigns(string text)
    {
        var decision = fixture.Index.Decide(text);

        Assert.Equal(SearchOutcome.Answer, decision.Outcome);
        Assert.Equal("signs-of-trafficking", decision.Top!.Entry.Id);
    }

    [Fact]
    public void Decide_HedgeWord_DoesNotPickTheEntryThatSharesIt()
    {
        var decision = fixture.Index.Decide("how do i report someone i think is a trafficker");

        Assert.Equal(SearchOutcome.Answer, decision.Outcome);
        Assert.Equal("how-to-report", decision.Top!.Entry.Id);
    }

    [Theory]
    [InlineData("doesn't")]
    [InlineData("doesnt")]
    [InlineData("didn't")]
    public void Plan_NegationInAnotherPersonOrTense_IsDont(string word)
    {
        Assert.Equal("don't", Assert.Single(fixture.Index.Plan(word)).Forms[0].Stems.Single());
    }
}

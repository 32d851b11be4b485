namespace AwarenessBot.Knowledge.Tests;

/// <summary>
/// Questions no entry covers that share words with one: a country other than the one an entry is about, and a verdict
/// on something only the writer can see ("is this website sketchy"). A wrong answer is worse than a fallback.
/// </summary>
public sealed class PlaceAndVerdictTests(RepositoryIndexFixture fixture) : IClassFixture<RepositoryIndexFixture>
{
    [Theory]
    [InlineData("is the uk number one for trafficking")]
    [InlineData("is canada number one for sex trafficking")]
    [InlineData("how many kids go missing in canada every year")]
    [InlineData("is this website sketchy")]
    [InlineData("is that app legit")]
    [InlineData("this account seems kinda sketchy")]
    public void Decide_AnotherCountryOrAVerdictOnSomethingUnseen_DoesNotAnswer(string text)
    {
        Assert.NotEqual(SearchOutcome.Answer, fixture.Index.Decide(text).Outcome);
    }

    [Theory]
    [InlineData("does sex trafficking happen in the united states", "stats-us-sex-trafficking-rank")]
    [InlineData("is america number one in sex trafficking", "stats-us-sex-trafficking-rank")]
    [InlineData("does child trafficking happen in other countries too or just america", "child-trafficking-worldwide")]
    [InlineData("is polaris project a legit organization", "polaris-project")]
    public void Decide_TheEntrysOwnPlaceOrANamedSubject_StillAnswers(string text, string expected)
    {
        var decision = fixture.Index.Decide(text);

        Assert.Equal(SearchOutcome.Answer, decision.Outcome);
        Assert.Equal(expected, decision.Top!.Entry.Id);
    }
}

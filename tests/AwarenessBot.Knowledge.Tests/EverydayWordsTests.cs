namespace AwarenessBot.Knowledge.Tests;

/// <summary>
/// Everyday words, roles and long messages on the real knowledge base: words that say when, who or how sure do not
/// decide a match, and words that name a different subject still do.
/// </summary>
public sealed class EverydayWordsTests(RepositoryIndexFixture fixture) : IClassFixture<RepositoryIndexFixture>
{
    [Theory]
    [InlineData("night")]
    [InlineData("nationwide")]
    [InlineData("lately")]
    [InlineData("herself")]
    public void Plan_EverydayWordNoEntryHas_WeighsLittleAndIsNeitherTopicNorForeign(string word)
    {
        var concept = Assert.Single(fixture.Index.Plan(word));

        Assert.True(concept.Weight <= 1.0, $"{word} weighs {concept.Weight}");
        Assert.False(concept.Topic);
        Assert.False(concept.Foreign);
        Assert.Single(concept.Forms); // a real word: no typo correction into a knowledge-base word
    }

    [Fact]
    public void Plan_TopicalWordNoEntryHas_StaysForeign()
    {
        var concept = Assert.Single(fixture.Index.Plan("lasagne"));

        Assert.True(concept.Foreign);
        Assert.True(concept.Weight > 1.0);
    }

    [Fact]
    public void Plan_NegationWithoutApostrophe_PlansAsWithIt()
    {
        Assert.Equal(Assert.Single(fixture.Index.Plan("don't")).Key, Assert.Single(fixture.Index.Plan("dont")).Key);
    }

    [Theory]
    [InlineData("flight attendant")]
    [InlineData("front desk")]
    [InlineData("teacher")]
    public void Plan_Role_IsNeverATopic(string role)
    {
        Assert.All(fixture.Index.Plan(role), c => Assert.False(c.Topic));
    }

    [Theory]
    [InlineData("how much does a receptionist earn")]
    [InlineData("how can i become a bus driver")]
    [InlineData("how do i report a hacked account on snapchat")]
    public void Decide_RoleOrForeignSubjectWithoutTheCoreSubject_FallsBack(string text)
    {
        Assert.NotEqual(SearchOutcome.Answer, fixture.Index.Decide(text).Outcome);
    }

    [Theory]
    [InlineData("as a teacher what are the signs a student is being trafficked", "signs-of-child-sex-trafficking")]
    [InlineData("im a bus driver and a passenger looks like they are being trafficked, what should i do", "what-to-do-if-you-suspect")]
    public void Decide_RoleWithATopic_AnswersTheTopic(string text, string expected)
    {
        var decision = fixture.Index.Decide(text);

        Assert.Equal(SearchOutcome.Answer, decision.Outcome);
        Assert.Equal(expected, decision.Top?.Entry.Id);
    }

    [Fact]
    public void Plan_LongMessage_KeepsTheQuestionAskedLast()
    {
        var preamble = string.Join(' ', Enumerable.Repeat("so yeah lately maybe honestly some guy said stuff at night", 2));

        var keys = fixture.Index.Plan(preamble + " but what are the warning signs of trafficking").Select(c => c.Key).ToList();

        Assert.Contains("traffick", keys);
        Assert.Contains(keys, k => k.Contains("sign", StringComparison.Ordinal));
    }
}

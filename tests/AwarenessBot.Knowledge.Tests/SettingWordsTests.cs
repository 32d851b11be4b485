namespace AwarenessBot.Knowledge.Tests;

/// <summary>
/// Held-out batch 3's general mechanisms on the real knowledge base: relatives, places and legal framing say who,
/// where or how a question is asked, never what; words formed from the core subject name it; a long message that
/// describes a situation before asking is held to a lower floor.
/// </summary>
public sealed class SettingWordsTests(RepositoryIndexFixture fixture) : IClassFixture<RepositoryIndexFixture>
{
    [Theory]
    [InlineData("niece")]
    [InlineData("cousin")]
    [InlineData("truck")]
    [InlineData("parlor")]
    [InlineData("uber")]
    [InlineData("illegal")]
    public void Plan_SettingOrFramingWord_WeighsLittleAndIsNeitherTopicNorForeign(string word)
    {
        var concept = Assert.Single(fixture.Index.Plan(word));

        Assert.True(concept.Weight <= 1.0, $"{word} weighs {concept.Weight}");
        Assert.False(concept.Topic);
        Assert.False(concept.Foreign);
    }

    [Fact]
    public void Plan_WordFormedFromTheCoreSubject_NamesIt()
    {
        Assert.Contains(fixture.Index.Plan("traffickers"), c => c.Core);
        Assert.DoesNotContain(fixture.Index.Plan("penalties"), c => c.Core);
    }

    [Theory]
    [InlineData("best truck stops on i-80")]
    [InlineData("massage parlor near me open late")]
    [InlineData("is jaywalking illegal")]
    [InlineData("how do i get along with my sister")]
    public void Decide_SettingWithoutATopic_FallsBack(string text)
    {
        Assert.NotEqual(SearchOutcome.Answer, fixture.Index.Decide(text).Outcome);
    }

    [Theory]
    [InlineData("can a minor legally consent to sex with an adult who pays", "abuse-not-prostitution")]
    [InlineData("my neighbour's teen chats with a man who wants to move the conversation to whatsapp, is that grooming", "online-grooming-signs")]
    [InlineData("i clean rooms at a motel and a young girl there looked terrified, what are the signs of trafficking", "signs-of-trafficking")]
    public void Decide_SettingWithATopic_AnswersTheTopic(string text, string expected)
    {
        var decision = fixture.Index.Decide(text);

        Assert.Equal(SearchOutcome.Answer, decision.Outcome);
        Assert.Equal(expected, decision.Top?.Entry.Id);
    }
}

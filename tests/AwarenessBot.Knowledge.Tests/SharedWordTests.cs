namespace AwarenessBot.Knowledge.Tests;

/// <summary>
/// Messages that share one word with an entry: a different subject the knowledge base lacks means a different
/// question, unless the message names the knowledge base's core subject or asks for a definition the entry gives.
/// </summary>
public sealed class SharedWordTests(RepositoryIndexFixture fixture) : IClassFixture<RepositoryIndexFixture>
{
    [Theory]
    [InlineData("how can i volunteer at a library")]
    [InlineData("give me examples of prime numbers")]
    [InlineData("where can i donate my old furniture")]
    public void Decide_OneSharedWordAndAnUnknownSubject_DoesNotAnswer(string text)
    {
        Assert.NotEqual(SearchOutcome.Answer, fixture.Index.Decide(text).Outcome);
    }

    [Theory]
    [InlineData("how do i report trafficking in texas", "how-to-report")]
    [InlineData("title:(what is sextortion AND \"", "what-is-sextortion")]
    public void Decide_CoreSubjectOrDefinitionWithAnUnknownDetail_StillAnswers(string text, string expected)
    {
        var decision = fixture.Index.Decide(text);

        Assert.Equal(SearchOutcome.Answer, decision.Outcome);
        Assert.Equal(expected, decision.Top!.Entry.Id);
    }
}

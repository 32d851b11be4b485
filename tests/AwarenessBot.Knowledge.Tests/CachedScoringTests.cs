namespace AwarenessBot.Knowledge.Tests;

/// <summary>The cached BM25 postings must score exactly as the real Lucene query on the real searcher does.</summary>
public sealed class CachedScoringTests(RepositoryIndexFixture fixture) : IClassFixture<RepositoryIndexFixture>
{
    [Theory]
    [InlineData("what is human trafficking")]
    [InlineData("how many kids go missing in the united states every year")]
    [InlineData("where can i find child sexual abuse material statistics")]
    [InlineData("wat is humen traficking")]
    [InlineData("how do i alert the authorities about a runaway teen")]
    [InlineData("signs of labour trafficking in a foster home")]
    [InlineData("what is the weather like tomorrow")]
    [InlineData("national center for missing and exploited children cyber tip line")]
    public void CachedDocScores_AnyMessage_EqualLuceneSearcherScores(string text)
    {
        var lucene = fixture.Index.LuceneDocScores(text);
        var cached = fixture.Index.CachedDocScores(text);

        Assert.Equal(lucene.Length, cached.Length);
        Assert.Contains(lucene, s => s > 0);
        for (var doc = 0; doc < lucene.Length; doc++)
        {
            Assert.True(Math.Abs(lucene[doc] - cached[doc]) <= 1e-4 * Math.Max(1, lucene[doc]), $"doc {doc}: lucene {lucene[doc]}, cached {cached[doc]}");
        }
    }
}

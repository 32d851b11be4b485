using AwarenessBot.Knowledge.Search;

namespace AwarenessBot.Knowledge.Tests;

/// <summary>How user text becomes concepts, on the real knowledge base.</summary>
public sealed class QueryPlanningTests(RepositoryIndexFixture fixture) : IClassFixture<RepositoryIndexFixture>
{
    [Fact]
    public void Plan_AdjacentSynonymWords_MatchTheMultiWordSynonym()
    {
        var concepts = fixture.Index.Plan("law enforcement");

        var concept = Assert.Single(concepts);
        Assert.Contains(concept.Forms, f => f.Stems is ["police"]);
    }

    [Fact]
    public void Plan_WordsSeparatedByAStopWord_StayTwoConcepts()
    {
        var concepts = fixture.Index.Plan("laws and enforcement");

        Assert.Equal(2, concepts.Count);
        Assert.DoesNotContain(concepts.SelectMany(c => c.Forms), f => f.Stems is ["police"]);
    }

    [Theory]
    [InlineData("sold", "sell")]
    [InlineData("bought", "bui")]
    [InlineData("taught", "teach")]
    public void Plan_IrregularPastForm_StemsToItsVerb(string word, string stem)
    {
        Assert.Equal(stem, Assert.Single(fixture.Index.Plan(word)).Forms[0].Stems.Single());
    }

    [Theory]
    [InlineData("sextorshun", "sextort")]
    [InlineData("sextortoin", "sextort")]
    public void Plan_MisspelledWord_AddsTheKnownWord(string typo, string stem)
    {
        var concept = Assert.Single(fixture.Index.Plan(typo));

        Assert.Contains(concept.Forms, f => f.Stems is [var s] && s == stem && f.Boost < 1);
    }

    [Fact]
    public void Plan_LowInformationWord_WeighsLessThanATopicWord()
    {
        var concepts = fixture.Index.Plan("how does poverty relate to trafficking");

        var relate = concepts.Single(c => c.Forms[0].Stems is ["relat"]);
        var poverty = concepts.Single(c => c.Forms[0].Stems is ["poverti"]);
        Assert.True(relate.Weight <= 1.0, $"relate weighs {relate.Weight}");
        Assert.True(poverty.Weight > 2 * relate.Weight, $"poverty {poverty.Weight}, relate {relate.Weight}");
    }

    [Fact]
    public void Plan_UnknownTopicWord_WeighsMoreThanAnyKnownWord()
    {
        var concepts = fixture.Index.Plan("lasagne trafficking");

        Assert.True(concepts[0].Weight > concepts[1].Weight);
    }

    [Theory]
    [InlineData("sextorshun", "sextortion")]
    [InlineData("fone", "phone")]
    [InlineData("nesesary", "necessary")]
    public void PhoneticKey_SoundAlikeSpellings_AreEqual(string a, string b)
    {
        Assert.Equal(Phonetic.Key(b), Phonetic.Key(a));
    }

    [Theory]
    [InlineData("poverty", "property")]
    [InlineData("trafficking", "trucking")]
    public void PhoneticKey_DifferentWords_Differ(string a, string b)
    {
        Assert.NotEqual(Phonetic.Key(b), Phonetic.Key(a));
    }
}

using AwarenessBot.Knowledge.Search;

namespace AwarenessBot.Knowledge.Tests;

/// <summary>What the search remembers of people's words: the knowledge base's own words, and only a few others.</summary>
public sealed class WordCacheTests(RepositoryIndexFixture fixture) : IClassFixture<RepositoryIndexFixture>
{
    [Fact]
    public void Decide_ThousandsOfNeverSeenTokens_OtherWordsStayBoundedAndKnownWordsRemembered()
    {
        var planner = fixture.Index.Planner;

        for (var i = 0; i < 6_000; i++)
        {
            _ = fixture.Index.Decide($"what is trafficking zq{i}vk");
        }

        var (known, other) = planner.RememberedWords;
        Assert.InRange(other, 1, QueryPlanner.OtherWordsLimit);
        // "trafficking" and the question words are remembered once, not once per message.
        Assert.InRange(known, 1, 50);
    }

    [Fact]
    public void Decide_SameMessageAgain_SameDecisionWhetherWordsWereRememberedOrNot()
    {
        const string message = "how do traffickers recruit kids on snapchat, asking for my nephew zqvk";

        var first = fixture.Index.Decide(message);
        var second = fixture.Index.Decide(message);

        Assert.Equal(first.Outcome, second.Outcome);
        Assert.Equal(first.Hits.Select(h => (h.Entry.Id, h.Confidence)), second.Hits.Select(h => (h.Entry.Id, h.Confidence)));
    }
}

using AwarenessBot.Conversation.Hosting;
using AwarenessBot.Conversation.Tests.Safety;
using AwarenessBot.Knowledge;

namespace AwarenessBot.Conversation.Tests.Hosting;

public sealed class DecisionCacheTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("what is human trafficking")]
    [InlineData("wat is humen traficking")]
    [InlineData("how do i report it")]
    [InlineData("recommend a good pasta recipe")]
    public void Decide_SameTextTwice_SameDecisionAsAFreshSearch(string text)
    {
        using var holder = Holder();
        var search = new ServedKnowledgeSearch(holder);

        var first = search.Decide(text);
        var second = search.Decide(text);
        var fresh = holder.Current.Knowledge.Search.Decide(text);

        Assert.Same(first, second);
        Assert.Equal(Describe(fresh), Describe(second));
    }

    [Fact]
    public void Decide_CapacityExceeded_StaysBoundedAndStillAnswersEveryText()
    {
        var counting = new CountingSearch();
        var cache = new DecisionCache(1, capacity: 4);

        for (var round = 0; round < 3; round++)
        {
            for (var i = 0; i < 20; i++)
            {
                Assert.Equal($"text {i}", cache.Decide($"text {i}", counting).Hits[0].Entry.Id);
            }
        }

        // Twenty distinct texts never fit in two generations of four: most are searched again each round.
        Assert.True(counting.Calls > 40, $"only {counting.Calls} searches: the cache kept more than its bound");
    }

    [Fact]
    public void Decide_RecentTextsWithinCapacity_SearchedOnce()
    {
        var counting = new CountingSearch();
        var cache = new DecisionCache(1, capacity: 8);

        for (var round = 0; round < 5; round++)
        {
            for (var i = 0; i < 6; i++)
            {
                cache.Decide($"question {i}", counting);
            }
        }

        Assert.Equal(6, counting.Calls);
    }

    [Fact]
    public void Decide_CapacityZero_EverySearchRuns()
    {
        var counting = new CountingSearch();
        var cache = new DecisionCache(1, capacity: 0);

        cache.Decide("same", counting);
        cache.Decide("same", counting);

        Assert.Equal(2, counting.Calls);
    }

    [Fact]
    public void Decide_AfterHotReloadSwap_AnswersFromTheNewIndex()
    {
        using var holder = Holder();
        var search = new ServedKnowledgeSearch(holder);
        var before = search.Decide("what is human trafficking");

        holder.Swap(BotKnowledge.Load(KnowledgeFolder.Resolve(null), Start));
        var after = search.Decide("what is human trafficking");

        Assert.NotSame(before, after);
        Assert.Contains(after.Hits, hit => holder.Current.Knowledge.Search.Entries.Contains(hit.Entry));
    }

    private static KnowledgeHolder Holder() =>
        new(BotKnowledge.Load(KnowledgeFolder.Resolve(null), Start), _ => new FakeGate(), new FakeTime(Start));

    private static string Describe(SearchDecision decision) =>
        $"{decision.Outcome}:{string.Join(',', decision.Hits.Select(h => $"{h.Entry.Id}={h.Confidence:F6}"))}";

    /// <summary>A search that answers every text with an entry named after it, and counts its calls.</summary>
    private sealed class CountingSearch : IKnowledgeSearch
    {
        public int Calls { get; private set; }

        public IReadOnlyList<KnowledgeEntry> Entries => [];

        public SearchDecision Decide(string text)
        {
            Calls++;
            return new SearchDecision(SearchOutcome.Answer, [new SearchHit(new KnowledgeEntry(text, text, [], [], "answer", "seed.md", null, [], "entry.md"), 1)]);
        }

        public KnowledgeEntry? FindById(string id) => null;
    }
}

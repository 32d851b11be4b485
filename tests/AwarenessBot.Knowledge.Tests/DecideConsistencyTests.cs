namespace AwarenessBot.Knowledge.Tests;

/// <summary>
/// The decision path reuses per-thread buffers and caches word meanings: it must decide as the allocating
/// tuning path does, on any thread, and the same on a second call as on the first.
/// </summary>
public sealed class DecideConsistencyTests(RepositoryIndexFixture fixture) : IClassFixture<RepositoryIndexFixture>
{
    private static readonly IReadOnlyList<string> Messages =
        [.. LabelledSet.Read(TestPaths.Data("answers-labelled.tsv")).Select(r => r.Message),
         string.Concat(Enumerable.Repeat("what's human trafficking and how do i report it ", 300))];

    [Fact]
    public void Decide_LabelledMessages_EqualsScoredDecision()
    {
        foreach (var message in Messages)
        {
            Assert.Equal(Describe(fixture.Index.Score(message).Decision), Describe(fixture.Index.Decide(message)));
        }
    }

    [Fact]
    public void Decide_ManyThreadsAtOnce_DecidesAsOneThreadDoes()
    {
        var expected = Messages.Select(m => Describe(fixture.Index.Decide(m))).ToList();
        var results = new string[8][];

        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, t =>
            results[t] = [.. Messages.Reverse().Select(m => Describe(fixture.Index.Decide(m))).Reverse()]);

        Assert.All(results, r => Assert.Equal(expected, r));
    }

    private static string Describe(SearchDecision d) =>
        $"{d.Outcome}:{string.Join(",", d.Hits.Select(h => $"{h.Entry.Id}={h.Confidence}"))}";
}

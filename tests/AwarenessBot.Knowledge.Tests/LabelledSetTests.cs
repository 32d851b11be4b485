using Xunit.Abstractions;

namespace AwarenessBot.Knowledge.Tests;

public sealed class LabelledSetTests(ITestOutputHelper output, RepositoryIndexFixture fixture) : IClassFixture<RepositoryIndexFixture>
{
    private static readonly IReadOnlyList<LabelledQuestion> Rows = LabelledSet.Read(TestPaths.Data("answers-labelled.tsv"));

    [Fact]
    public void LabelledSet_Size_MeetsTheBrief()
    {
        Assert.True(Rows.Count >= 200, $"{Rows.Count} rows");
        Assert.True(Rows.Count(r => r.EntryId is null) >= 40);
        Assert.Contains(Rows, r => r.Holdout);
    }

    [Fact]
    public void LabelledSet_EntryIds_AllExistInTheRepositoryKnowledge()
    {
        var ids = fixture.Index.Entries.Select(e => e.Id).ToHashSet();

        Assert.All(Rows.Where(r => r.EntryId is not null), r => Assert.Contains(r.EntryId!, ids));
    }

    [Fact]
    public void Decide_LabelledSet_MeetsAccuracyAndFallbackTargets()
    {
        var all = Measure(Rows);
        output.WriteLine($"engine, all:     {all}");
        output.WriteLine($"engine, tune:    {Measure(Rows.Where(r => !r.Holdout))}");
        output.WriteLine($"engine, holdout: {Measure(Rows.Where(r => r.Holdout))}");
        foreach (var miss in all.Misses)
        {
            output.WriteLine("  " + miss);
        }

        // The brief's targets, on the whole set and on the holdout split the thresholds never saw.
        var holdout = Measure(Rows.Where(r => r.Holdout));
        Assert.True(all.Accuracy >= 0.95, all.ToString());
        Assert.True(all.FallbackRate >= 0.95, all.ToString());
        Assert.True(holdout.Accuracy >= 0.95, "holdout: " + holdout);
        Assert.True(holdout.FallbackRate >= 0.95, "holdout: " + holdout);
    }

    private Figures Measure(IEnumerable<LabelledQuestion> rows) => Figures.Measure(rows, message =>
    {
        var decision = fixture.Index.Decide(message);
        return (decision.Outcome == SearchOutcome.Answer, decision.Top?.Entry.Id);
    });
}

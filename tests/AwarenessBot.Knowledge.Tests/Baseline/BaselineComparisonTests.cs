using Xunit.Abstractions;

namespace AwarenessBot.Knowledge.Tests.Baseline;

public sealed class BaselineComparisonTests(ITestOutputHelper output, RepositoryIndexFixture fixture) : IClassFixture<RepositoryIndexFixture>
{
    [Fact]
    public void Engine_LabelledSet_BeatsThePlainBaselineOnHoldout()
    {
        var rows = LabelledSet.Read(TestPaths.Data("answers-labelled.tsv"));
        using var baseline = new PlainBaselineIndex(fixture.Index.Entries);

        // The baseline gets its best raw-score threshold on the tuning split, as the engine did.
        var tune = rows.Where(r => !r.Holdout).ToList();
        var threshold = Enumerable.Range(0, 60).Select(i => i * 0.05f)
            .MaxBy(t => Score(Figures.Measure(tune, m => Baseline(baseline, m, t))));
        var holdout = rows.Where(r => r.Holdout).ToList();

        var baseTune = Figures.Measure(tune, m => Baseline(baseline, m, threshold));
        var baseHoldout = Figures.Measure(holdout, m => Baseline(baseline, m, threshold));
        var engineTune = Figures.Measure(tune, m => Engine(m));
        var engineHoldout = Figures.Measure(holdout, m => Engine(m));
        output.WriteLine($"baseline (threshold {threshold:F2}) tune:    {baseTune}");
        output.WriteLine($"baseline (threshold {threshold:F2}) holdout: {baseHoldout}");
        output.WriteLine($"engine tune:    {engineTune}");
        output.WriteLine($"engine holdout: {engineHoldout}");

        Assert.True(Score(engineHoldout) > Score(baseHoldout), $"engine {engineHoldout} vs baseline {baseHoldout}");
    }

    private static double Score(Figures f) => f.Accuracy + f.FallbackRate;

    private static (bool, string?) Baseline(PlainBaselineIndex index, string message, float threshold)
    {
        var (id, score) = index.Top(message);
        return (id is not null && score >= threshold, id);
    }

    private (bool, string?) Engine(string message)
    {
        var decision = fixture.Index.Decide(message);
        return (decision.Outcome == SearchOutcome.Answer, decision.Top?.Entry.Id);
    }
}

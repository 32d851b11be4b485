using Xunit.Abstractions;

namespace AwarenessBot.Knowledge.Tests;

public sealed class DiagTests(ITestOutputHelper output, RepositoryIndexFixture fixture) : IClassFixture<RepositoryIndexFixture>
{
    [Fact]
    public void Sweep()
    {
        var rows = LabelledSet.Read(TestPaths.Data("answers-labelled.tsv")).Where(r => !r.Holdout)
            .Select(r => (r.EntryId, Ranked: fixture.Index.Score(r.Message).Ranked)).ToList();
        var results = new List<(double Floor, double Margin, int Right, int Oos)>();
        for (var floor = 0.36; floor <= 0.62; floor += 0.02)
        {
            for (var margin = 0.0; margin <= 0.06; margin += 0.01)
            {
                int right = 0, oos = 0;
                foreach (var (id, ranked) in rows)
                {
                    var answered = ranked.Count > 0 && ranked[0].Confidence >= floor
                        && (ranked.Count < 2 || ranked[1].Confidence < ranked[0].Confidence - margin);
                    if (id is null) { oos += answered ? 0 : 1; }
                    else if (answered && ranked[0].Terms.Entry.Id == id) { right++; }
                }

                results.Add((floor, margin, right, oos));
            }
        }

        foreach (var r in results.OrderByDescending(r => r.Right + r.Oos).Take(12))
        {
            output.WriteLine($"SWEEP floor={r.Floor:F2} margin={r.Margin:F2} right={r.Right}/{rows.Count(x => x.EntryId is not null)} oos={r.Oos}/{rows.Count(x => x.EntryId is null)}");
        }
    }

    [Fact]
    public void Diag()
    {
        foreach (var row in LabelledSet.Read(TestPaths.Data("answers-labelled.tsv")))
        {
            var s = fixture.Index.Score(row.Message);
            var ok = row.EntryId is null ? s.Decision.Outcome != SearchOutcome.Answer : s.Decision.Outcome == SearchOutcome.Answer && s.Decision.Top!.Entry.Id == row.EntryId;
            var t = s.Ranked.Count > 0 ? s.Ranked[0].Confidence : 0;
            var gap = s.Ranked.Count > 1 ? t - s.Ranked[1].Confidence : t;
            output.WriteLine($"STAT {(row.EntryId is null ? "oos" : s.Ranked.Count > 0 && s.Ranked[0].Terms.Entry.Id == row.EntryId ? "right" : "wrong")} {t:F2} {gap:F2}");
            if (ok) continue;
            output.WriteLine($"{row.Message} [{row.EntryId ?? "-"}] => {s.Decision.Outcome}");
            foreach (var c in s.Ranked.Take(3))
                output.WriteLine($"    {c.Terms.Entry.Id} conf={c.Confidence:F2} sim={c.Similarity:F2} score={c.Score:F2}");
        }
    }
}

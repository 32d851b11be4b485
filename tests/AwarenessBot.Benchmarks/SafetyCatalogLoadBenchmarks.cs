using AwarenessBot.Conversation.Safety;
using BenchmarkDotNet.Attributes;

namespace AwarenessBot.Benchmarks;

/// <summary>
/// Loading knowledge/safety (parse, validate, check every example; the scan automaton follows in the background):
/// paid by every bot start and every test host (target ≤ 300 ms on an idle machine). Measures a warm process; a
/// cold start adds JIT.
/// Run: <c>dotnet run -c Release --project tests/AwarenessBot.Benchmarks -- --filter '*SafetyCatalogLoad*'</c>
/// </summary>
[MemoryDiagnoser]
[MedianColumn] // the targets are medians
public class SafetyCatalogLoadBenchmarks
{
    private readonly string _knowledge = TriageBenchmarks.FindKnowledge();

    [Benchmark(Description = "SafetyCatalog.Load (knowledge/safety)")]
    public bool Load() => SafetyCatalog.Load(_knowledge, DateTimeOffset.UtcNow).Catalog is not null;

    // The scan automaton is built in the background after Load returns; the first triage waits for it. This is
    // the whole cost a new process pays before it can answer, and it keeps background builds from piling up.
    [Benchmark(Description = "Load, then the first triage")]
    public bool LoadAndFirstTriage() =>
        SafetyCatalog.Load(_knowledge, DateTimeOffset.UtcNow).Catalog?.Triage.Assess("my boss took my passport").IsEmergency ?? false;
}

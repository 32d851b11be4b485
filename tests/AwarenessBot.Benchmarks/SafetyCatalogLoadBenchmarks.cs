using AwarenessBot.Conversation.Safety;
using BenchmarkDotNet.Attributes;

namespace AwarenessBot.Benchmarks;

/// <summary>
/// Loading knowledge/safety (parse, validate, build the triage automaton, check every example): paid by every bot
/// start and every test host (target ≤ 300 ms on an idle machine). Measures a warm process; a cold start adds JIT.
/// Run: <c>dotnet run -c Release --project tests/AwarenessBot.Benchmarks -- --filter '*SafetyCatalogLoad*'</c>
/// </summary>
[MemoryDiagnoser]
[MedianColumn] // the targets are medians
public class SafetyCatalogLoadBenchmarks
{
    private readonly string _knowledge = TriageBenchmarks.FindKnowledge();

    [Benchmark(Description = "SafetyCatalog.Load (knowledge/safety)")]
    public bool Load() => SafetyCatalog.Load(_knowledge, DateTimeOffset.UtcNow).Catalog is not null;
}

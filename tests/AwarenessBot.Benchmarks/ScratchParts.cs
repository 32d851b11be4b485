using AwarenessBot.Conversation.Safety;
using BenchmarkDotNet.Attributes;

namespace AwarenessBot.Benchmarks;

public class ScratchParts
{
    private SafetyCatalog _c = null!;
    private string _long = "";
    private string _norm = "";
    private string _clean = "";

    [GlobalSetup]
    public void Setup()
    {
        _c = SafetyCatalog.Load("/work/wt/safety/knowledge", DateTimeOffset.UtcNow).Catalog!;
        var filler = string.Concat(Enumerable.Repeat("I was reading about how schools teach kids to stay safe online and what parents can do. ", 120));
        _long = filler[..10_000];
        _norm = _c.Lexicon.Normalizer.Normalize(_long);
        _clean = _c.Lexicon.ForSignals(_norm);
    }

    [Benchmark] public int Normalize() => _c.Lexicon.Normalizer.Normalize(_long).Length;
    [Benchmark] public int Ignore() => _c.Lexicon.ForSignals(_norm).Length;
    [Benchmark] public int Signals() => _c.Lexicon.Signals.Matches(_clean).Count();
    [Benchmark] public bool Awareness() => _c.Lexicon.Awareness!.IsMatch(_norm);
    [Benchmark] public bool FollowUp() => _c.Lexicon.FollowUp!.IsMatch(_norm);
    [Benchmark] public int Regions() => _c.Lexicon.Regions!.Matches(_norm).Count();
}

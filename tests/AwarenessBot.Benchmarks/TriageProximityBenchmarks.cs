using AwarenessBot.Conversation.Safety;
using BenchmarkDotNet.Attributes;

namespace AwarenessBot.Benchmarks;

/// <summary>
/// The [near] groups' share of a triage: the word-proximity pass alone over normalised text (target ≤ ~2 µs for a
/// chat message). Run: <c>dotnet run -c Release --project tests/AwarenessBot.Benchmarks -- --filter '*Proximity*'</c>
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class TriageProximityBenchmarks
{
    private static readonly string[] Messages =
    [
        "what is trafficking",
        "how do traffickers control victims",
        "the boss keeps our passports and says we owe him until the debt is paid",
        "a guy on insta offered my 14 year old a modeling job and wants to meet her tonight, he said not to tell",
        "necesito ayuda urgente, el patron tiene mi pasaporte",
        "How many kids go missing every year?",
        "my sister went to meet a guy from tinder and now her phone is off",
        "Can you help me understand how grooming works online?",
    ];

    private SafetyLexicon _lexicon = null!;
    private Func<string, int, int, bool> _ignored = null!;
    private string[] _normalized = [];
    private string _long = "";
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var (catalog, problems) = SafetyCatalog.Load(TriageBenchmarks.FindKnowledge(), DateTimeOffset.UtcNow);
        _lexicon = catalog?.Lexicon ?? throw new InvalidOperationException(string.Join('\n', problems));
        _ignored = _lexicon.IsIgnored;
        _normalized = [.. Messages.Select(_lexicon.Normalizer.Normalize)];
        var filler = string.Concat(Enumerable.Repeat("I was reading about how schools teach kids to stay safe online and what parents can do. ", 120));
        _long = _lexicon.Normalizer.Normalize(filler[..10_000]);
        _ = _lexicon.Ignore?.Value;
    }

    [Benchmark(Description = "[near] pass, chat message (rotating set of 8)")]
    public SafetySituation ChatMessage() => _lexicon.Proximity.Match(_normalized[_next++ & 7], _ignored);

    [Benchmark(Description = "[near] pass, 10,000 characters, no danger")]
    public SafetySituation LongMessage() => _lexicon.Proximity.Match(_long, _ignored);
}

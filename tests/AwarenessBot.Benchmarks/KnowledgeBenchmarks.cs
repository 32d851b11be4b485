using AwarenessBot.Knowledge;
using BenchmarkDotNet.Attributes;

namespace AwarenessBot.Benchmarks;

/// <summary>Index build for the real knowledge/ folder, and one full decision (search + confidence + outcome) per message.</summary>
/// <remarks>
/// Measured with <c>--job short</c> on the shared 2-core machine (load average about 7, so times are noisy;
/// allocations are exact). Median, allocated per operation, before (f1f3b5e) and after (knowledge4), same load:
/// <list type="table">
/// <item><term>DecideVariedMessages</term><description>45.2 us, 14.67 KB before; 6.7 us, 108 B after.</description></item>
/// <item><term>DecideOneTypicalMessage</term><description>40.5 us, 16.96 KB before; 7.5 us, 154 B after.</description></item>
/// <item><term>BuildIndex</term><description>10.56 MB before; 11.3 MB after (stem bitsets, precomputed synonym concepts);
/// times too noisy here to compare (33-207 ms for both; per-build CPU time was alike in-process).</description></item>
/// </list>
/// The bytes left are the decision returned (SearchDecision, its hits array, SearchHit records); a fallback allocates
/// nothing. Where it went: word meanings (stem, typo corrections, synonyms, weight) cached per surface word and looked
/// up from the token buffer without a string; per-form BM25 postings memoized on the cached forms; stem sets as
/// bitsets over vocabulary ids; pooled score buffers, a top-k candidate pass (the full introsort only on a tie at the
/// cut) and in-place ranking on a stack buffer; only questions sharing a form with the message are scored. The
/// optimisation alone changed no result: every decision (outcome, entries, confidences) on ~880 messages was compared.
/// </remarks>
[MemoryDiagnoser]
[MedianColumn]
public class KnowledgeBenchmarks
{
    // A varied set: exact questions, paraphrases, typos, synonyms, out of scope, junk and a huge paste.
    private static readonly string[] Messages =
    [
        "what is human trafficking",
        "how do i report suspected trafficking",
        "wat is humen traficking",
        "how many csam websites exist",
        "why do kids who run away from home get trafficked",
        "signs my teen is being groomed online",
        "organisations that help victims",
        "what is the weather like tomorrow",
        "recommend a good pasta recipe",
        "title:(foo AND \"",
        "😀😀🙏",
        "¿Dónde puedo comprar zapatos baratos?",
        string.Concat(Enumerable.Repeat("what is human trafficking and how do i report it ", 2100)),
    ];

    private KnowledgeBase _knowledge = null!;
    private KnowledgeIndex _index = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var result = KnowledgeLoader.Load(FindKnowledge());
        _knowledge = result.Base ?? throw new InvalidOperationException(string.Join('\n', result.Problems));
        _index = KnowledgeIndex.Build(_knowledge);
    }

    [GlobalCleanup]
    public void Cleanup() => _index.Dispose();

    [Benchmark]
    public int BuildIndex()
    {
        using var index = KnowledgeIndex.Build(_knowledge);
        return index.Entries.Count;
    }

    [Benchmark(OperationsPerInvoke = 13)]
    public int DecideVariedMessages()
    {
        var hits = 0;
        foreach (var message in Messages)
        {
            hits += _index.Decide(message).Hits.Count;
        }

        return hits;
    }

    [Benchmark]
    public SearchOutcome DecideOneTypicalMessage() =>
        _index.Decide(Messages[_next++ % 8]).Outcome;

    private static string FindKnowledge()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AwarenessBot.sln")))
            {
                return Path.Combine(dir.FullName, "knowledge");
            }
        }

        throw new DirectoryNotFoundException("AwarenessBot.sln not found");
    }
}

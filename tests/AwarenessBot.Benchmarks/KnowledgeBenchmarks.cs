using AwarenessBot.Knowledge;
using BenchmarkDotNet.Attributes;

namespace AwarenessBot.Benchmarks;

/// <summary>Index build for the real knowledge/ folder, and one full decision (search + confidence + outcome) per message.</summary>
/// <remarks>
/// Measured with <c>--job short</c> on the shared 2-core machine under load (load average 3-13, so times are
/// noisy; allocations are exact). Median per decision, allocated per decision:
/// <list type="table">
/// <item><term>before (f1f3b5e)</term><description>DecideVariedMessages 82.6 us, 14.67 KB; DecideOneTypicalMessage 206 us, 17.01 KB.</description></item>
/// <item><term>after (knowledge4)</term><description>DecideVariedMessages 6.0-7.4 us, 108 B; DecideOneTypicalMessage 8.4 us, 154 B
/// (the bytes are the decision returned: SearchDecision, its hits array and SearchHit records; a fallback allocates nothing).</description></item>
/// </list>
/// Where it went: word meanings (stem, typo corrections, synonyms, weight) cached per surface word and looked up from
/// the token buffer without a string; per-form BM25 postings memoized on the cached forms; stem sets as bitsets over
/// vocabulary ids; pooled score buffers, a top-k candidate pass (the full introsort only on a tie at the cut) and
/// in-place ranking on a stack buffer; only questions sharing a form with the message are scored. Same results:
/// every decision (outcome, entries, confidences) on ~880 messages was compared before and after.
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

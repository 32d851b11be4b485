using AwarenessBot.Conversation.Safety;
using BenchmarkDotNet.Attributes;

namespace AwarenessBot.Benchmarks;

/// <summary>
/// Safety triage cost per message (targets: median ≤ 20 µs for a chat message, ≤ 200 µs for 10,000 characters).
/// Run: <c>dotnet run -c Release --project tests/AwarenessBot.Benchmarks -- --filter '*Triage*'</c>
/// </summary>
[MemoryDiagnoser]
[MedianColumn] // the targets are medians
public class TriageBenchmarks
{
    private static readonly string[] Messages =
    [
        "what is trafficking",
        "how do traffickers control victims",
        "he won't let me leave the apartment",
        "I'm 13 and an adult wants me to send naked pictures",
        "necesito ayuda urgente",
        "How many kids go missing every year?",
        "pls hlp im stuk",
        "Can you help me understand how grooming works online?",
    ];

    private ISafetyTriage _triage = null!;
    private string _long = "";
    private string _longDanger = "";
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var (catalog, problems) = SafetyCatalog.Load(FindKnowledge(), DateTimeOffset.UtcNow);
        _triage = catalog?.Triage ?? throw new InvalidOperationException(string.Join('\n', problems));
        var filler = string.Concat(Enumerable.Repeat("I was reading about how schools teach kids to stay safe online and what parents can do. ", 120));
        _long = filler[..10_000];
        _longDanger = filler[..5_000] + " they locked me in and took my passport " + filler[..4_960];
    }

    [Benchmark(Description = "chat message (rotating set of 8)")]
    public bool ChatMessage() => _triage.Assess(Messages[_next++ & 7]).IsEmergency;

    [Benchmark(Description = "10,000 characters, no danger")]
    public bool LongMessage() => _triage.Assess(_long).IsEmergency;

    [Benchmark(Description = "10,000 characters, danger in the middle")]
    public bool LongDangerMessage() => _triage.Assess(_longDanger).IsEmergency;

    internal static string FindKnowledge()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "knowledge", "safety")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? throw new DirectoryNotFoundException("knowledge/ not found"), "knowledge");
    }
}

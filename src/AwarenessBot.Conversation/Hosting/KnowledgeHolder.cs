using AwarenessBot.Conversation.Safety;
using AwarenessBot.Knowledge;

namespace AwarenessBot.Conversation.Hosting;

/// <summary>
/// The knowledge the bot serves now: the index and a safety gate over its catalog, swapped as one
/// (hot reload). Turns read <see cref="Current"/> once per call, so a swap never tears a turn in half.
/// </summary>
public sealed class KnowledgeHolder : IDisposable
{
    // A replaced index may still be read by a turn that started before the swap: it is disposed only
    // once it has been out of service this long (at the next swap, or when the app stops).
    private static readonly TimeSpan RetireAfter = TimeSpan.FromMinutes(1);

    private readonly Func<SafetyCatalog, ISafetyGate> _gates;
    private readonly TimeProvider _time;
    private readonly List<(BotKnowledge Knowledge, DateTimeOffset Since)> _retired = [];
    private readonly Lock _swap = new();
    private volatile Served _current;

    /// <summary>What is served: the knowledge and its gate, replaced together.</summary>
    public sealed record Served(BotKnowledge Knowledge, ISafetyGate Gate, int Generation);

    public KnowledgeHolder(BotKnowledge initial, Func<SafetyCatalog, ISafetyGate> gates, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(initial);
        ArgumentNullException.ThrowIfNull(gates);
        _gates = gates;
        _time = time;
        _current = new Served(initial, gates(initial.Catalog), 1);
    }

    public Served Current => _current;

    /// <summary>Serves <paramref name="next"/> from the next turn on; the old index is retired, not torn down.</summary>
    public void Swap(BotKnowledge next)
    {
        ArgumentNullException.ThrowIfNull(next);
        var gate = _gates(next.Catalog);
        lock (_swap)
        {
            var now = _time.GetUtcNow();
            var old = _current;
            _current = new Served(next, gate, old.Generation + 1);
            foreach (var retired in _retired.Where(r => now - r.Since >= RetireAfter).ToList())
            {
                retired.Knowledge.Dispose();
                _retired.Remove(retired);
            }

            _retired.Add((old.Knowledge, now));
        }
    }

    public void Dispose()
    {
        lock (_swap)
        {
            _retired.ForEach(r => r.Knowledge.Dispose());
            _retired.Clear();
            _current.Knowledge.Dispose();
        }
    }
}

/// <summary>
/// The search the pipeline sees: whatever index the holder serves at the moment of the call, with a cache of
/// recent decisions that is replaced whenever the holder swaps the index.
/// </summary>
internal sealed class ServedKnowledgeSearch(KnowledgeHolder holder, int cacheCapacity = ServedKnowledgeSearch.DefaultCacheCapacity) : IKnowledgeSearch
{
    public const int DefaultCacheCapacity = 4096;

    private DecisionCache _cache = new(0, cacheCapacity);

    public IReadOnlyList<KnowledgeEntry> Entries => holder.Current.Knowledge.Search.Entries;

    public SearchDecision Decide(string text)
    {
        var served = holder.Current;
        var cache = _cache;
        if (cache.Generation != served.Generation)
        {
            // A race may build two caches for the new index; one wins, the other's few decisions are lost.
            cache = _cache = new DecisionCache(served.Generation, cacheCapacity);
        }

        return cache.Decide(text, served.Knowledge.Search);
    }

    public KnowledgeEntry? FindById(string id) => holder.Current.Knowledge.Search.FindById(id);
}

/// <summary>The gate over the safety catalog the holder serves at the moment of the call.</summary>
internal sealed class ServedSafetyGate(KnowledgeHolder holder) : ISafetyGate
{
    public Task<SafetyGateResult> CheckAsync(Turns.TurnInput input, CancellationToken cancellationToken) =>
        holder.Current.Gate.CheckAsync(input, cancellationToken);

    public Turns.BotReply FailSafe(Turns.TurnInput input) => holder.Current.Gate.FailSafe(input);
}

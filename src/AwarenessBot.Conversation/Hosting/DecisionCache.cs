using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using AwarenessBot.Knowledge;

namespace AwarenessBot.Conversation.Hosting;

/// <summary>
/// Remembers recent search decisions of one knowledge index, so that the messages people send again and again
/// (suggested actions, quick replies, "what is human trafficking") are searched once. The search is a pure
/// function of the text and the index, so a remembered decision is exactly the one a new search would make.
/// </summary>
/// <remarks>
/// PRIVACY: no message text is kept. The key is a salted SHA-256 digest of the text (a random salt per cache, so a
/// memory dump cannot be checked against guessed messages without it), and the value is the decision, which
/// refers only to knowledge entries. Bounded: two generations of at most <c>capacity</c> entries each; when the
/// newer fills up the older is dropped whole, so recently used decisions survive and nothing grows.
/// The safety triage is never cached: it runs on every message.
/// </remarks>
internal sealed class DecisionCache(int generation, int capacity)
{
    // Longer texts are rarely repeated word for word; hashing them costs more than it saves.
    private const int MaxCachedLength = 512;

    private const int SaltLength = 16;

    private readonly byte[] _salt = RandomNumberGenerator.GetBytes(SaltLength);
    private readonly Lock _rotate = new();
    private ConcurrentDictionary<UInt128, SearchDecision> _newer = new();
    private ConcurrentDictionary<UInt128, SearchDecision> _older = new();
    private int _newerCount;

    /// <summary>The <see cref="KnowledgeHolder.Served.Generation"/> whose index these decisions came from.</summary>
    public int Generation { get; } = generation;

    public SearchDecision Decide(string text, IKnowledgeSearch search)
    {
        if (capacity == 0 || text.Length > MaxCachedLength)
        {
            return search.Decide(text);
        }

        var key = Key(text);
        if (_newer.TryGetValue(key, out var decision))
        {
            return decision;
        }

        if (!_older.TryGetValue(key, out decision))
        {
            decision = search.Decide(text);
        }

        Remember(key, decision);
        return decision;
    }

    private void Remember(UInt128 key, SearchDecision decision)
    {
        if (!_newer.TryAdd(key, decision) || Interlocked.Increment(ref _newerCount) < capacity)
        {
            return;
        }

        lock (_rotate)
        {
            if (Volatile.Read(ref _newerCount) >= capacity)
            {
                _older = _newer;
                _newer = new ConcurrentDictionary<UInt128, SearchDecision>();
                Volatile.Write(ref _newerCount, 0);
            }
        }
    }

    // SHA-256 of salt ‖ UTF-16 text: one native call on a stack buffer (an HMAC costs twice as much here).
    private UInt128 Key(string text)
    {
        Span<byte> input = stackalloc byte[SaltLength + (MaxCachedLength * sizeof(char))];
        _salt.CopyTo(input);
        var bytes = MemoryMarshal.AsBytes(text.AsSpan());
        bytes.CopyTo(input[SaltLength..]);
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(input[..(SaltLength + bytes.Length)], digest);
        return MemoryMarshal.Read<UInt128>(digest);
    }
}

using AwarenessBot.Conversation.State;
using AwarenessBot.Knowledge;
using Microsoft.Extensions.Caching.Distributed;

namespace AwarenessBot.Web.Tests.Reliability;

/// <summary>A knowledge index that is loaded but fails at search time (a corrupt segment, a bug in a query).</summary>
public sealed class ThrowingKnowledgeSearch(IKnowledgeSearch real) : IKnowledgeSearch
{
    public IReadOnlyList<KnowledgeEntry> Entries => real.Entries;

    public SearchDecision Decide(string text) => throw new IOException("index segment unreadable");

    public KnowledgeEntry? FindById(string id) => throw new IOException("index segment unreadable");
}

/// <summary>A cache whose server is down: every call fails the way a lost Redis connection does.</summary>
public sealed class UnavailableCache : IDistributedCache
{
    public byte[]? Get(string key) => throw Down();

    public Task<byte[]?> GetAsync(string key, CancellationToken token = default) => Task.FromException<byte[]?>(Down());

    public void Refresh(string key) => throw Down();

    public Task RefreshAsync(string key, CancellationToken token = default) => Task.FromException(Down());

    public void Remove(string key) => throw Down();

    public Task RemoveAsync(string key, CancellationToken token = default) => Task.FromException(Down());

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => throw Down();

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) => Task.FromException(Down());

    private static TimeoutException Down() => new("state store unreachable");
}

/// <summary>A state store that throws synchronously, before returning a task.</summary>
public sealed class UnavailableStateStore : IConversationStateStore
{
    public Task<ConversationState?> GetAsync(string conversationKey, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("state store down");

    public Task SetAsync(string conversationKey, ConversationState state, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("state store down");
}

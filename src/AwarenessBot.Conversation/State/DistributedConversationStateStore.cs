using System.Text.Json;
using Microsoft.Extensions.Caching.Distributed;

namespace AwarenessBot.Conversation.State;

/// <summary>
/// Conversation state in <see cref="IDistributedCache"/> (memory by default, Redis when configured), as small
/// JSON with an absolute expiry, so nothing about a conversation outlives <paramref name="lifetime"/>.
/// </summary>
public sealed class DistributedConversationStateStore(IDistributedCache cache, TimeSpan lifetime) : IConversationStateStore
{
    private const string Prefix = "awarenessbot:state:";

    public async Task<ConversationState?> GetAsync(string conversationKey, CancellationToken cancellationToken)
    {
        var bytes = await cache.GetAsync(Prefix + conversationKey, cancellationToken);
        return bytes is null ? null : JsonSerializer.Deserialize<ConversationState>(bytes);
    }

    public Task SetAsync(string conversationKey, ConversationState state, CancellationToken cancellationToken) =>
        cache.SetAsync(
            Prefix + conversationKey,
            JsonSerializer.SerializeToUtf8Bytes(state),
            new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = lifetime },
            cancellationToken);
}

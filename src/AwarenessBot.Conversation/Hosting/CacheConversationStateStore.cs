using System.Text.Json;
using AwarenessBot.Conversation.State;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Options;
using AwarenessBot.Conversation.Safety;

namespace AwarenessBot.Conversation.Hosting;

// INTEGRATION: a minimal IDistributedCache store so the composition works before the safety work's own
// store lands; registered with TryAdd, so a store registered earlier wins. Replace with theirs on merge.
internal sealed class CacheConversationStateStore(IDistributedCache cache, IOptions<SafetyOptions> options) : IConversationStateStore
{
    public async Task<ConversationState?> GetAsync(string conversationKey, CancellationToken cancellationToken)
    {
        var bytes = await cache.GetAsync(Key(conversationKey), cancellationToken).ConfigureAwait(false);
        return bytes is null ? null : JsonSerializer.Deserialize<ConversationState>(bytes);
    }

    public Task SetAsync(string conversationKey, ConversationState state, CancellationToken cancellationToken) =>
        cache.SetAsync(
            Key(conversationKey),
            JsonSerializer.SerializeToUtf8Bytes(state),
            new DistributedCacheEntryOptions { SlidingExpiration = options.Value.SafetyMode },
            cancellationToken);

    private static string Key(string conversationKey) => "awarenessbot:state:" + conversationKey;
}

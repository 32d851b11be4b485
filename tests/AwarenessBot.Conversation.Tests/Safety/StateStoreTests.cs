using AwarenessBot.Conversation.State;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace AwarenessBot.Conversation.Tests.Safety;

public sealed class StateStoreTests
{
    [Fact]
    public async Task DistributedStore_RoundTripsStateAsJson()
    {
        var cache = new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions()));
        var store = new DistributedConversationStateStore(cache, TimeSpan.FromMinutes(30));
        var state = new ConversationState(DateTimeOffset.UnixEpoch, "CA", "es", 6);

        await store.SetAsync("c1", state, CancellationToken.None);

        Assert.Equal(state, await store.GetAsync("c1", CancellationToken.None));
        Assert.Null(await store.GetAsync("c2", CancellationToken.None));
    }
}

using System.Collections.Concurrent;
using AwarenessBot.Conversation.State;

namespace AwarenessBot.Conversation.Tests.Safety;

/// <summary>A plain in-memory store for gate tests; <see cref="Fail"/> makes every call throw.</summary>
internal sealed class MemoryStateStore : IConversationStateStore
{
    private readonly ConcurrentDictionary<string, ConversationState> _states = new();

    public bool Fail { get; set; }

    public ConversationState? this[string key] => _states.TryGetValue(key, out var state) ? state : null;

    public Task<ConversationState?> GetAsync(string conversationKey, CancellationToken cancellationToken) =>
        Fail ? throw new InvalidOperationException("store down") : Task.FromResult(this[conversationKey]);

    public Task SetAsync(string conversationKey, ConversationState state, CancellationToken cancellationToken)
    {
        if (Fail)
        {
            throw new InvalidOperationException("store down");
        }

        _states[conversationKey] = state;
        return Task.CompletedTask;
    }
}

namespace AwarenessBot.Conversation.State;

/// <summary>
/// All the bot remembers about a conversation. Never message text. Expires on its own.
/// </summary>
/// <param name="SafetyModeUntil">While in the future, short follow-ups continue the safety guidance.</param>
/// <param name="Region">Region code (US, CA, GB, EU, AU, MX) the user named, if any.</param>
/// <param name="Language">"en" or "es": the language of the last emergency turn.</param>
/// <param name="Situations">The situations of the last emergency, as flags (for follow-up guidance).</param>
public sealed record ConversationState(
    DateTimeOffset? SafetyModeUntil = null,
    string? Region = null,
    string? Language = null,
    int Situations = 0);

/// <summary>Conversation state storage. Implementations sit on <c>IDistributedCache</c> (memory or Redis).</summary>
public interface IConversationStateStore
{
    Task<ConversationState?> GetAsync(string conversationKey, CancellationToken cancellationToken);

    Task SetAsync(string conversationKey, ConversationState state, CancellationToken cancellationToken);
}

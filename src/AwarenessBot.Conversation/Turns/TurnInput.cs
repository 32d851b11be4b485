using System.Text.Json;

namespace AwarenessBot.Conversation.Turns;

/// <summary>
/// One user message as the pipeline sees it: already stripped of channel noise (Teams mentions).
/// <paramref name="Value"/> carries a button payload (postBack), e.g. <c>{"entryId":"..."}</c>.
/// <paramref name="ConversationKey"/> identifies the conversation for state; never logged.
/// </summary>
public sealed record TurnInput(
    string? Text,
    JsonElement? Value,
    string ChannelId,
    string? Locale,
    string ConversationKey);

/// <summary>The turn pipeline: normalise → safety triage → postbacks → small talk → search → reply.</summary>
public interface ITurnPipeline
{
    /// <summary>Never throws: any fault ends in a reply that carries the emergency contacts.</summary>
    Task<BotReply> RunAsync(TurnInput input, CancellationToken cancellationToken);
}

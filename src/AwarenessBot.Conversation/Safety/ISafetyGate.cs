using AwarenessBot.Conversation.Turns;

namespace AwarenessBot.Conversation.Safety;

/// <summary>
/// What the safety gate decided for a turn. <see cref="Reply"/> is the emergency or safety-mode reply
/// (the turn ends there), or null to go on to postbacks, small talk and search.
/// <see cref="HotlineLine"/> is a one-line "in danger? call …" for the user's region and language, for
/// small talk, fallback and reporting answers; <see cref="InSafetyMode"/> asks the pipeline to append it
/// to an answer given during safety mode. <see cref="Concern"/>: triage saw a danger sign that did not count (a
/// past event, a harmless phrase, an awareness question) or a worrying sign about someone, so a fallback should point
/// to the hotline, not brush it off. <paramref name="ConcernCheck"/> works that out only when asked: most turns never need it.
/// </summary>
public sealed record SafetyGateResult(BotReply? Reply, string HotlineLine, bool InSafetyMode, string Region, string Language, Func<bool>? ConcernCheck = null)
{
    public bool Concern => ConcernCheck?.Invoke() ?? false;
}

/// <summary>Safety first: triage plus safety mode, region and language memory. Needs no knowledge index.</summary>
public interface ISafetyGate
{
    /// <summary>Runs on every message before anything else. If triage throws, returns the emergency reply.</summary>
    Task<SafetyGateResult> CheckAsync(TurnInput input, CancellationToken cancellationToken);

    /// <summary>The reply for a fault anywhere in a turn: it still carries the emergency contacts. Never throws.</summary>
    BotReply FailSafe(TurnInput input);
}

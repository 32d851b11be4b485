namespace AwarenessBot.Conversation.Safety;

/// <summary>The kinds of danger a message suggests; decides which specialist lines follow the emergency number.</summary>
[Flags]
public enum SafetySituation
{
    None = 0,
    General = 1,
    Trafficking = 2,
    ChildAbuse = 4,
    OnlineExploitation = 8,
    MissingChild = 16,
    SelfHarm = 32,
    Medical = 64,
    SexualAssault = 128,
    Violence = 256,
}

/// <summary>The outcome of triage for one message. <paramref name="Language"/> is "en" or "es".
/// <paramref name="Region"/> is a region the user named ("I'm in Canada" → "CA"), or null.</summary>
public sealed record TriageResult(bool IsEmergency, SafetySituation Situations, string Language, string? Region)
{
    public static TriageResult Safe(string language = "en", string? region = null) =>
        new(false, SafetySituation.None, language, region);
}

/// <summary>Safety triage: runs first on every message and needs no knowledge index.</summary>
public interface ISafetyTriage
{
    TriageResult Assess(string text);
}

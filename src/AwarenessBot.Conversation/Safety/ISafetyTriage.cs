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

    /// <summary>The person is watching or hearing it happen to someone else (adds "do not confront, note details").</summary>
    Bystander = 512,

    /// <summary>The message is about "my friend", "my sister"…: it may be the person themselves, so the reply speaks to both.</summary>
    AboutSomeoneElse = 1024,
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

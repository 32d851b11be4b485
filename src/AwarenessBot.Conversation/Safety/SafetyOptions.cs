namespace AwarenessBot.Conversation.Safety;

/// <summary>Safety settings (section <c>AwarenessBot</c>).</summary>
public sealed class SafetyOptions
{
    /// <summary>Region when neither the user nor the locale says (US, CA, GB, EU, AU, MX).</summary>
    public string DefaultRegion { get; set; } = "US";

    /// <summary>How long a conversation stays in safety mode after an emergency turn.</summary>
    public TimeSpan SafetyMode { get; set; } = TimeSpan.FromMinutes(30);
}

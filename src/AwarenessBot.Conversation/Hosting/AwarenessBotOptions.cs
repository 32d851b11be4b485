namespace AwarenessBot.Conversation.Hosting;

/// <summary>Settings of section <c>AwarenessBot</c> (environment: <c>AwarenessBot__Knowledge</c>, <c>AwarenessBot__DefaultRegion</c>).</summary>
public sealed class AwarenessBotOptions
{
    public const string Section = "AwarenessBot";

    internal static readonly string[] Regions = ["US", "CA", "GB", "EU", "AU", "MX", "OTHER"];

    /// <summary>The knowledge folder; empty means <c>knowledge/</c> beside the app, else the repository's.</summary>
    public string? Knowledge { get; set; }

    /// <summary>Region when neither the user nor the locale says.</summary>
    public string DefaultRegion { get; set; } = "US";
}

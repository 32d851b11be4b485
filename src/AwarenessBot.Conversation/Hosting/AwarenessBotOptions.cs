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

    /// <summary>Watch the knowledge folder and swap in a new validated index on edits (web app only).</summary>
    public bool HotReload { get; set; } = true;

    /// <summary>
    /// Recent search decisions remembered per knowledge index (two generations of this many; 0 turns it off).
    /// Keys are salted digests, never message text.
    /// </summary>
    public int SearchCacheSize { get; set; } = ServedKnowledgeSearch.DefaultCacheCapacity;

    /// <summary>Quiet time after the last file change before a reload (editors write files in several steps).</summary>
    public TimeSpan HotReloadDebounce { get; set; } = TimeSpan.FromMilliseconds(500);
}

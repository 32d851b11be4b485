using System.ComponentModel.DataAnnotations;

namespace AwarenessBot.Protocol.DirectLine;

/// <summary>
/// Settings of the embedded Direct Line endpoint and of the page's token endpoint (section <c>DirectLine</c>).
/// </summary>
public sealed class DirectLineOptions
{
    public const string SectionName = "DirectLine";

    /// <summary>Azure Direct Line secret. When set, the page's tokens come from Azure; it never leaves the server.</summary>
    public string? Secret { get; set; }

    /// <summary>Azure Direct Line base URL (a regional one, or a loopback stand-in in tests).</summary>
    [Required]
    public Uri AzureBaseUrl { get; set; } = new("https://directline.botframework.com/v3/directline");

    /// <summary>Base64 HMAC key for embedded tokens; empty means a random key per process.</summary>
    public string? TokenSigningKey { get; set; }

    [Range(60, 86_400)]
    public int TokenLifetimeSeconds { get; set; } = 1800;

    /// <summary>A conversation nobody touched for this long is forgotten.</summary>
    [Range(60, 86_400)]
    public int ConversationIdleSeconds { get; set; } = 3600;

    [Range(1, 1_000_000)]
    public int MaxConversations { get; set; } = 10_000;

    [Range(10, 100_000)]
    public int MaxActivitiesPerConversation { get; set; } = 500;

    [Range(1024, 262_144)]
    public int MaxActivityBytes { get; set; } = 262_144;

    [Range(1, 3600)]
    public int KeepAliveSeconds { get; set; } = 15;

    /// <summary>Tokens one client address may get per minute (the page's token endpoint and tokens/generate).</summary>
    [Range(1, 100_000)]
    public int TokenRequestsPerMinute { get; set; } = 30;

    /// <summary>Requests per minute on one conversation (posts, polls, refreshes).</summary>
    [Range(1, 100_000)]
    public int ConversationRequestsPerMinute { get; set; } = 600;

    [Required]
    public string BotId { get; set; } = "awarenessbot";

    [Required]
    public string BotName { get; set; } = "AwarenessBot";

    internal bool UsesAzure => !string.IsNullOrWhiteSpace(Secret);
}

namespace AwarenessBot.Protocol.Connector;

/// <summary>Retry and timeout settings of the Connector client (<c>BotFramework:Connector</c>).</summary>
public sealed class ConnectorOptions
{
    /// <summary>Retries after the first attempt, for 429, 412, 500, 502, 503, 504, timeouts and connection failures.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>Base of the jittered exponential backoff; a <c>Retry-After</c> header takes precedence.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest backoff between attempts; <see cref="TotalTimeout"/> bounds a long <c>Retry-After</c>.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(45);
}

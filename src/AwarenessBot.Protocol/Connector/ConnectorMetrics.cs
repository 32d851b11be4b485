using System.Diagnostics.Metrics;

namespace AwarenessBot.Protocol.Connector;

/// <summary>
/// Failed reply deliveries (meter <c>AwarenessBot</c>, counter <c>awarenessbot.connector.failures</c>),
/// tagged with the final HTTP status or the exception type; never an id or a text.
/// </summary>
public sealed class ConnectorMetrics
{
    private readonly Counter<long> _failures;

    public ConnectorMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _failures = meters.Create("AwarenessBot")
            .CreateCounter<long>("awarenessbot.connector.failures", "{delivery}", "Replies the Connector did not accept after retries.");
    }

    public void Failed(int statusCode) =>
        _failures.Add(1, new KeyValuePair<string, object?>("status", statusCode.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    // Exception type names are a small fixed set of framework types (timeouts, connection failures).
    public void Faulted(Exception exception) =>
        _failures.Add(1, new KeyValuePair<string, object?>("status", exception?.GetType().Name ?? "unknown"));
}

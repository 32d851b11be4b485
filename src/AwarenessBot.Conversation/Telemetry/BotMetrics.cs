using System.Collections.Frozen;
using System.Diagnostics.Metrics;
using AwarenessBot.Conversation.Turns;

namespace AwarenessBot.Conversation.Telemetry;

/// <summary>
/// The bot's OpenTelemetry instruments (meter <c>AwarenessBot</c>). Tags are a route and a channel from a
/// fixed list: never text, user or conversation ids, and nothing a caller can grow without bound.
/// </summary>
public sealed class BotMetrics
{
    public const string MeterName = "AwarenessBot";

    // channelId comes from the caller: anything not on this list is "other", so a crafted channel id
    // can neither carry what someone typed into the metrics nor create unbounded series.
    private static readonly FrozenSet<string> KnownChannels = FrozenSet.Create(StringComparer.Ordinal,
        "webchat", "directline", "msteams", "facebook", "emulator", "test", "cli", "slack", "telegram", "sms", "email", "omnichannel");

    private readonly Counter<long> _turns;
    private readonly Counter<long> _emergencies;
    private readonly Counter<long> _fallbacks;
    private readonly Histogram<double> _duration;

    public BotMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        _turns = meter.CreateCounter<long>("awarenessbot.turns", "{turn}", "Message turns by route and channel.");
        _emergencies = meter.CreateCounter<long>("awarenessbot.turns.emergency", "{turn}", "Turns answered with emergency guidance.");
        _fallbacks = meter.CreateCounter<long>("awarenessbot.turns.fallback", "{turn}", "Turns the knowledge base could not answer.");
        _duration = meter.CreateHistogram<double>("awarenessbot.turn.duration", "ms", "Time from message to rendered reply.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.5, 1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 5000] });
    }

    public static string Channel(string? channelId) =>
        channelId is not null && KnownChannels.Contains(channelId) ? channelId : "other";

    public void TurnCompleted(Route route, string? channelId, TimeSpan elapsed)
    {
        var channel = new KeyValuePair<string, object?>("channel", Channel(channelId));
        var routeTag = new KeyValuePair<string, object?>("route", route.ToWire());
        _turns.Add(1, routeTag, channel);
        _duration.Record(elapsed.TotalMilliseconds, routeTag, channel);
        if (route == Route.Emergency)
        {
            _emergencies.Add(1, channel);
        }
        else if (route == Route.Fallback)
        {
            _fallbacks.Add(1, channel);
        }
    }
}

using AwarenessBot.Conversation.Telemetry;
using OpenTelemetry.Metrics;

namespace AwarenessBot.Web;

/// <summary>
/// OpenTelemetry metrics of meter <c>AwarenessBot</c> (turns by route and channel, emergency and fallback
/// turns, turn duration, Connector failures). No exporter by default: add one in <see cref="AddBotTelemetry"/>
/// (README, Operations) — e.g. <c>.AddOtlpExporter()</c> from OpenTelemetry.Exporter.OpenTelemetryProtocol.
/// </summary>
public static class TelemetryExtensions
{
    public static WebApplicationBuilder AddBotTelemetry(this WebApplicationBuilder builder)
    {
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics.AddMeter(BotMetrics.MeterName));
        return builder;
    }
}

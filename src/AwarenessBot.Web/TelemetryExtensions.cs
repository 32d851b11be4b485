using AwarenessBot.Conversation.Telemetry;
using OpenTelemetry.Metrics;

namespace AwarenessBot.Web;

/// <summary>
/// OpenTelemetry metrics of meter <c>AwarenessBot</c> (turns by route and channel, emergency and fallback
/// turns, turn duration, Connector failures). No exporter by default. <c>Telemetry__PrometheusEndpoint=true</c>
/// serves them at <c>GET /metrics</c> in the Prometheus text format; for OTLP or Azure Monitor add that exporter
/// here (README, Operations).
/// </summary>
public static class TelemetryExtensions
{
    private const string PrometheusSetting = "Telemetry:PrometheusEndpoint";

    public static WebApplicationBuilder AddBotTelemetry(this WebApplicationBuilder builder)
    {
        var prometheus = builder.Configuration.GetValue<bool>(PrometheusSetting);
        builder.Services.AddOpenTelemetry().WithMetrics(metrics =>
        {
            metrics.AddMeter(BotMetrics.MeterName);
            if (prometheus)
            {
                metrics.AddPrometheusExporter();
            }
        });
        return builder;
    }

    /// <summary>Maps <c>GET /metrics</c> when the Prometheus endpoint is switched on; nothing otherwise.</summary>
    public static IEndpointRouteBuilder MapBotTelemetry(this IEndpointRouteBuilder endpoints)
    {
        if (endpoints.ServiceProvider.GetRequiredService<IConfiguration>().GetValue<bool>(PrometheusSetting))
        {
            // Counts only (routes, channels, statuses); no text and no ids. Expose it to the scraper, not the internet.
            endpoints.MapPrometheusScrapingEndpoint("/metrics");
        }

        return endpoints;
    }
}

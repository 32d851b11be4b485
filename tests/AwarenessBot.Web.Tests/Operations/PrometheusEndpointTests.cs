using System.Net;
using AwarenessBot.Web.Tests.Reliability;

namespace AwarenessBot.Web.Tests.Operations;

/// <summary><c>Telemetry:PrometheusEndpoint</c>: the meter in the Prometheus text format at <c>GET /metrics</c>, off by default.</summary>
public sealed class PrometheusEndpointTests
{
    [Fact]
    public async Task Metrics_EndpointOn_ServesTurnCountsByRouteAndChannelWithoutText()
    {
        await using var app = new BotApplication(new Dictionary<string, string?> { ["Telemetry:PrometheusEndpoint"] = "true" });
        var marker = "zq" + Guid.NewGuid().ToString("N");
        var conversation = BotTurns.NewConversation();

        await app.Http.AskAsync("they took my passport and won't let me leave " + marker, conversation, channel: "msteams");
        using var response = await app.Http.GetAsync(new Uri("/metrics", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("awarenessbot_turns_total{", text, StringComparison.Ordinal);
        Assert.Contains("route=\"emergency\"", text, StringComparison.Ordinal);
        Assert.Contains("channel=\"msteams\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain(marker, text, StringComparison.Ordinal);
        Assert.DoesNotContain(conversation, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_Default_NotServed()
    {
        await using var app = new BotApplication();

        using var response = await app.Http.GetAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

using System.Net;
using AwarenessBot.Web.Tests.DirectLine;
using static AwarenessBot.Web.Tests.DirectLine.DirectLineTestExtensions;

namespace AwarenessBot.Web.Tests.Operations;

/// <summary>The public Direct Line endpoints are limited per conversation, with the limit from configuration.</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task ConversationPolls_FloodOverConfiguredLimit_Get429WithRetryAfter()
    {
        using var host = DirectLineApp(new() { ["DirectLine:ConversationRequestsPerMinute"] = "4" });
        var token = await host.PageTokenAsync();
        var responses = new List<HttpResponseMessage>();

        for (var i = 0; i < 7; i++)
        {
            responses.Add(await host.GetActivitiesAsync(token.ConversationId, token.Token));
        }

        Assert.Equal(4, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        var refused = responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.Equal(3, refused.Count);
        Assert.All(refused, r => Assert.NotNull(r.Headers.RetryAfter));
        responses.ForEach(r => r.Dispose());
    }

    [Fact]
    public async Task ConversationPolls_OneConversationFlooded_OtherConversationStillServed()
    {
        using var host = DirectLineApp(new() { ["DirectLine:ConversationRequestsPerMinute"] = "2" });
        var flooded = await host.PageTokenAsync();
        var other = await host.PageTokenAsync();

        for (var i = 0; i < 3; i++)
        {
            (await host.GetActivitiesAsync(flooded.ConversationId, flooded.Token)).Dispose();
        }

        using var floodedAgain = await host.GetActivitiesAsync(flooded.ConversationId, flooded.Token);
        using var otherResponse = await host.GetActivitiesAsync(other.ConversationId, other.Token);

        Assert.Equal(HttpStatusCode.TooManyRequests, floodedAgain.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherResponse.StatusCode);
    }
}

using AwarenessBot.Web.Tests.Reliability;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection;

namespace AwarenessBot.Web.Tests.Scale;

/// <summary>Two bot instances behind one Redis: a conversation's safety mode follows it to either instance.</summary>
public sealed class RedisScaleOutTests(RedisServer redis) : IClassFixture<RedisServer>
{
    private const string Danger = "they took my passport and won't let me leave";
    private const string FollowUp = "what do i do";

    private BotApplication Instance() => new(new Dictionary<string, string?> { ["ConnectionStrings:Redis"] = redis.ConnectionString });

    [RedisFact]
    public async Task SafetyMode_SetOnInstanceA_ContinuesOnInstanceB()
    {
        await using var a = Instance();
        await using var b = Instance();
        var clientA = a.Http;
        var clientB = b.Http;
        var conversation = BotTurns.NewConversation();

        var danger = await clientA.AskAsync(Danger, conversation);
        var followUp = await clientB.AskAsync(FollowUp, conversation);
        var fresh = await clientB.AskAsync(FollowUp);

        Assert.IsType<RedisCache>(b.Services.GetRequiredService<IDistributedCache>());
        Assert.True(danger.IsEmergency, danger.Body);
        Assert.True(followUp.IsEmergency, followUp.Body);
        Assert.Contains("911", followUp.Text, StringComparison.Ordinal);
        Assert.False(fresh.IsEmergency, fresh.Body);
    }
}

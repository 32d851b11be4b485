using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Options;

namespace AwarenessBot.Web;

/// <summary>Where conversation state (safety mode, region, language) lives: memory, or Redis for scale-out.</summary>
public static class StateExtensions
{
    /// <summary>
    /// With <c>ConnectionStrings:Redis</c> set, state goes to Redis so that every instance behind Azure Bot
    /// Service sees the same safety mode; otherwise it stays in this process's memory.
    /// </summary>
    public static WebApplicationBuilder AddConversationState(this WebApplicationBuilder builder)
    {
        // Decided when the cache is first resolved, not here: settings layered on later (environment,
        // test hosts) still count.
        builder.Services.AddOptions<RedisCacheOptions>()
            .Configure<IConfiguration>((options, configuration) => options.Configuration = configuration.GetConnectionString("Redis"));
        builder.Services.AddSingleton<IDistributedCache>(sp =>
        {
            var redis = sp.GetRequiredService<IOptions<RedisCacheOptions>>();
            return string.IsNullOrWhiteSpace(redis.Value.Configuration)
                ? new MemoryDistributedCache(sp.GetRequiredService<IOptions<MemoryDistributedCacheOptions>>())
                : new RedisCache(redis);
        });
        return builder;
    }
}

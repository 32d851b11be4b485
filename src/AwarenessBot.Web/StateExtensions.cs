namespace AwarenessBot.Web;

/// <summary>Where conversation state (safety mode, region, language) lives: memory, or Redis for scale-out.</summary>
public static class StateExtensions
{
    /// <summary>
    /// With <c>ConnectionStrings:Redis</c> set, state goes to Redis so that every instance behind Azure Bot
    /// Service sees the same safety mode; otherwise it stays in this process's memory (registered by the core).
    /// </summary>
    public static WebApplicationBuilder AddConversationState(this WebApplicationBuilder builder)
    {
        if (builder.Configuration.GetConnectionString("Redis") is { Length: > 0 } redis)
        {
            // Registered after the core's memory cache: the last IDistributedCache wins.
            builder.Services.AddStackExchangeRedisCache(options => options.Configuration = redis);
        }

        return builder;
    }
}

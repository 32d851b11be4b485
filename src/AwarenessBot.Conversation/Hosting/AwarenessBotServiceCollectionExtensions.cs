using AwarenessBot.Conversation.Rendering;
using AwarenessBot.Conversation.Safety;
using AwarenessBot.Conversation.State;
using AwarenessBot.Conversation.Telemetry;
using AwarenessBot.Conversation.Turns;
using AwarenessBot.Knowledge;
using AwarenessBot.Protocol;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AwarenessBot.Conversation.Hosting;

/// <summary>The bot's core, shared by the web app and the `awarenessbot` command so both run the same pipeline.</summary>
public static class AwarenessBotServiceCollectionExtensions
{
    public static IServiceCollection AddAwarenessBotCore(
        this IServiceCollection services,
        IConfiguration configuration,
        Action<AwarenessBotOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(AwarenessBotOptions.Section);
        services.AddOptions<AwarenessBotOptions>()
            .Bind(section)
            .Configure(options => configure?.Invoke(options))
            .Validate(o => o.SearchCacheSize is >= 0 and <= 1_000_000, "AwarenessBot:SearchCacheSize must be 0 to 1,000,000.")
            .Validate(o => AwarenessBotOptions.Regions.Contains(o.DefaultRegion, StringComparer.OrdinalIgnoreCase),
                $"AwarenessBot:DefaultRegion must be one of {string.Join(", ", AwarenessBotOptions.Regions)}.")
            .ValidateOnStart();
        services.AddOptions<SafetyOptions>()
            .Bind(section)
            .Configure<IOptions<AwarenessBotOptions>>((safety, bot) => safety.DefaultRegion = bot.Value.DefaultRegion.ToUpperInvariant())
            .Validate(o => o.SafetyMode > TimeSpan.Zero, "AwarenessBot:SafetyMode must be positive.")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddDistributedMemoryCache();
        services.TryAddSingleton<IConversationStateStore>(sp => new DistributedConversationStateStore(
            sp.GetRequiredService<IDistributedCache>(),
            sp.GetRequiredService<IOptions<SafetyOptions>>().Value.SafetyMode));

        // The holder loads knowledge/ once (a broken folder throws here, so the host refuses to start);
        // search and gate read whatever it serves per call, so a hot reload swaps both without a restart.
        services.AddSingleton(sp => new KnowledgeHolder(
            LoadKnowledge(sp),
            catalog => new SafetyGate(
                catalog,
                sp.GetRequiredService<IConversationStateStore>(),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<IOptions<SafetyOptions>>().Value,
                sp.GetRequiredService<ILogger<SafetyGate>>()),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => sp.GetRequiredService<KnowledgeHolder>().Current.Knowledge);
        services.AddSingleton<IKnowledgeSearch>(sp => new ServedKnowledgeSearch(
            sp.GetRequiredService<KnowledgeHolder>(),
            sp.GetRequiredService<IOptions<AwarenessBotOptions>>().Value.SearchCacheSize));
        services.AddSingleton(sp => sp.GetRequiredService<KnowledgeHolder>().Current.Knowledge.Catalog);
        services.AddSingleton<ISafetyGate, ServedSafetyGate>();
        services.AddMetrics();
        services.TryAddSingleton<BotMetrics>();

        services.AddSingleton<Replies>();
        services.AddSingleton<ITurnPipeline, TurnPipeline>();
        services.AddSingleton<AwarenessBotHandler>();
        services.AddSingleton<IBot>(sp => sp.GetRequiredService<AwarenessBotHandler>());
        return services;
    }

    /// <summary>Hot reload of the knowledge folder for a long-running host (<c>AwarenessBot:HotReload</c>, on by default).</summary>
    public static IServiceCollection AddKnowledgeHotReload(this IServiceCollection services)
    {
        services.AddHostedService<KnowledgeReloader>();
        return services;
    }

    private static BotKnowledge LoadKnowledge(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<AwarenessBotOptions>>().Value;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger<BotKnowledge>();
        var directory = KnowledgeFolder.Resolve(options.Knowledge);
        var knowledge = BotKnowledge.Load(directory, services.GetRequiredService<TimeProvider>().GetUtcNow());
        foreach (var warning in knowledge.Warnings)
        {
            HostingLog.KnowledgeWarning(logger, warning.ToString());
        }

        HostingLog.KnowledgeLoaded(logger, knowledge.Search.Entries.Count, directory);
        return knowledge;
    }
}

internal static partial class HostingLog
{
    [LoggerMessage(EventId = 3101, Level = LogLevel.Warning, Message = "Knowledge: {Problem}")]
    public static partial void KnowledgeWarning(ILogger logger, string problem);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Information, Message = "Knowledge loaded: {Count} entries from {Directory}")]
    public static partial void KnowledgeLoaded(ILogger logger, int count, string directory);
}

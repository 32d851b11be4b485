using AwarenessBot.Conversation.Hosting;
using AwarenessBot.Knowledge;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AwarenessBot.Web;

/// <summary>Registers the bot (knowledge with hot reload, triage, turn pipeline, IBot) and the health endpoints.</summary>
public static class BotExtensions
{
    public static WebApplicationBuilder AddAwarenessBot(this WebApplicationBuilder builder)
    {
        builder.Services.AddAwarenessBotCore(builder.Configuration);
        // Loads knowledge/ while the host starts, so errors stop startup with every file:line problem.
        builder.Services.AddSingleton<KnowledgeStartup>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<KnowledgeStartup>());
        // After the startup load: the watcher serves edits to the folder that was loaded.
        builder.Services.AddKnowledgeHotReload();
        return builder;
    }

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        // /healthz: the process answers. /readyz: knowledge is loaded and the served index has entries.
        endpoints.MapGet("/healthz", () => TypedResults.Ok("ok"));
        endpoints.MapGet("/readyz", Results<Ok<string>, ProblemHttpResult> (KnowledgeStartup startup, IKnowledgeSearch search) =>
            startup.IsReady && search.Entries.Count > 0
                ? TypedResults.Ok("ready")
                : TypedResults.Problem("knowledge not loaded", statusCode: StatusCodes.Status503ServiceUnavailable));
        return endpoints;
    }
}

/// <summary>Resolves the knowledge base at startup; a knowledge error throws and the host refuses to start.
/// Ready once entries are loaded.</summary>
internal sealed class KnowledgeStartup(IServiceProvider services) : IHostedService
{
    public bool IsReady { get; private set; }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        IsReady = services.GetRequiredService<KnowledgeHolder>().Current.Knowledge.Search.Entries.Count > 0;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

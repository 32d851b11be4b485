namespace AwarenessBot.Web;

/// <summary>Registers the bot (knowledge, triage, turn pipeline, IBot) and the health endpoints.</summary>
public static class BotExtensions
{
    // STUB: replaced by the conversation work.
    public static WebApplicationBuilder AddAwarenessBot(this WebApplicationBuilder builder) => builder;

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", () => TypedResults.Ok("ok"));
        return endpoints;
    }
}

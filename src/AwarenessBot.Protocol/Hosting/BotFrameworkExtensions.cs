using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace AwarenessBot.Protocol.Hosting;

/// <summary>Registers and maps the Bot Framework channel endpoint (<c>POST /api/messages</c>).</summary>
public static class BotFrameworkExtensions
{
    // STUB: replaced by the protocol work (auth, Connector client, expectReplies).
    public static WebApplicationBuilder AddBotFramework(this WebApplicationBuilder builder) => builder;

    public static IEndpointRouteBuilder MapBotFramework(this IEndpointRouteBuilder endpoints) => endpoints;
}

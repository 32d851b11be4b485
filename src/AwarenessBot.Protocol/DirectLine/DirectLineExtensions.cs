using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace AwarenessBot.Protocol.DirectLine;

/// <summary>Registers and maps the embedded Direct Line 3.0 endpoint and the page's token endpoint.</summary>
public static class DirectLineExtensions
{
    // STUB: replaced by the Direct Line work.
    public static WebApplicationBuilder AddDirectLine(this WebApplicationBuilder builder) => builder;

    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder endpoints) => endpoints;
}

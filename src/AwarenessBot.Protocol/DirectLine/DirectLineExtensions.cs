using System.Threading.RateLimiting;
using AwarenessBot.Protocol.Models;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AwarenessBot.Protocol.DirectLine;

/// <summary>Registers and maps the embedded Direct Line endpoint and the page's token endpoint.</summary>
public static class DirectLineExtensions
{
    public static WebApplicationBuilder AddDirectLine(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DirectLineOptions>().BindConfiguration(DirectLineOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<DirectLineTokens>();
        builder.Services.AddSingleton<ConversationStore>();
        builder.Services.AddSingleton<DirectLineAuth>();
        builder.Services.AddSingleton<DirectLineTurns>();
        builder.Services.AddHttpClient<AzureDirectLineClient>(http => http.Timeout = TimeSpan.FromSeconds(15));
        builder.Services.AddRateLimiter(ConfigureRateLimits);
        return builder;
    }

    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder endpoints)
    {
        // The limiter must sit in the pipeline for the endpoints' policies to apply; WebApplication
        // runs it after routing, whatever the order of Map calls.
        var app = endpoints as IApplicationBuilder
            ?? throw new InvalidOperationException("MapDirectLine needs the WebApplication (it adds the rate limiter).");
        app.UseWebSockets();
        app.UseRateLimiter();
        DirectLineApi.Map(endpoints);
        endpoints.MapPost("/api/directline/token", PageToken).RequireRateLimiting(DirectLineApi.TokenPolicy).DisableAntiforgery();
        return endpoints;
    }

    /// <summary>
    /// <c>POST /api/directline/token</c>: <c>{conversationId, token, expires_in, domain}</c>, from Azure when
    /// a secret is configured, else from the embedded endpoint. <c>domain</c> tells the page where to connect.
    /// </summary>
    private static async Task<Results<Ok<DirectLineToken>, JsonHttpResult<DirectLineError>>> PageToken(
        HttpRequest request, IOptions<DirectLineOptions> options, ConversationStore store, DirectLineTokens tokens,
        AzureDirectLineClient azure, CancellationToken cancellationToken)
    {
        if (!options.Value.UsesAzure)
        {
            return TypedResults.Ok(DirectLineApi.Issue(request, store.Create(), userId: null, tokens));
        }

        return await azure.GenerateAsync(cancellationToken) is { } token
            ? TypedResults.Ok(token)
            : DirectLineErrors.Error(StatusCodes.Status502BadGateway, "ServiceError", "Direct Line is not available right now.");
    }

    private static void ConfigureRateLimits(RateLimiterOptions limiter)
    {
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.OnRejected = async (context, cancellationToken) =>
        {
            context.HttpContext.Response.Headers.RetryAfter = "60";
            var body = new DirectLineError(new DirectLineErrorDetail("TooManyRequests", "Too many requests; try again in a minute."));
            await context.HttpContext.Response.WriteAsJsonAsync(body, ProtocolJson.Options, cancellationToken);
        };
        // Tokens open conversations, so they are limited per client address; conversation traffic per conversation.
        limiter.AddPolicy(DirectLineApi.TokenPolicy, context => Window(context, "ip:" + context.Connection.RemoteIpAddress, o => o.TokenRequestsPerMinute));
        limiter.AddPolicy(DirectLineApi.ConversationPolicy, context =>
        {
            var key = context.Request.RouteValues.TryGetValue("conversationId", out var id) && id is string s
                ? "c:" + s
                : "ip:" + context.Connection.RemoteIpAddress;
            return Window(context, key, o => o.ConversationRequestsPerMinute);
        });
    }

    private static RateLimitPartition<string> Window(HttpContext context, string key, Func<DirectLineOptions, int> permits)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<DirectLineOptions>>().Value;
        return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits(options),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
    }
}

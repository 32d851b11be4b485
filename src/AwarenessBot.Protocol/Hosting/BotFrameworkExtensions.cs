using AwarenessBot.Protocol.Authentication;
using AwarenessBot.Protocol.Connector;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AwarenessBot.Protocol.Hosting;

/// <summary>Registers and maps the Bot Framework channel endpoint (<c>POST /api/messages</c>).</summary>
public static class BotFrameworkExtensions
{
    /// <summary>
    /// Options from the Azure app-setting names (validated at startup), inbound JWT authentication,
    /// the resilient Connector client and its token provider. The bot itself (<see cref="IBot"/>) is
    /// registered by the app and resolved per request.
    /// </summary>
    public static WebApplicationBuilder AddBotFramework(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<BotFrameworkOptions>()
            .Configure<IConfiguration>((options, configuration) =>
            {
                configuration.Bind(options);
                configuration.GetSection("BotFramework").Bind(options);
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotFrameworkOptions>, BotFrameworkOptionsValidator>();
        services.AddOptions<ConnectorOptions>()
            .BindConfiguration("BotFramework:Connector")
            .Validate(o => o.MaxRetries is >= 0 and <= 10 && o.BaseDelay >= TimeSpan.Zero && o.AttemptTimeout > TimeSpan.Zero
                && o.TotalTimeout > TimeSpan.Zero, "BotFramework:Connector needs 0-10 retries, a non-negative delay and positive timeouts.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IConnectorTokenProvider, ConnectorTokenProvider>();
        services.AddHttpClient(ConnectorClient.HttpClientName)
            // Never follow a redirect with our token attached. The pooled connections are renewed every five
            // minutes (DNS changes are seen), so the one long-lived client below never needs a new handler.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            // ConnectorRetryHandler bounds every attempt and the whole delivery (BotFramework:Connector timeouts);
            // HttpClient's own 100 s timeout could never fire first, and cost a linked token source and a timer per post.
            .ConfigureHttpClient(http => http.Timeout = Timeout.InfiniteTimeSpan)
            // The factory's default logging writes every request URI, and Connector URIs carry conversation ids;
            // TurnRunner logs each delivery's outcome without them.
            .RemoveAllLoggers()
            .AddConnectorResilience();
        services.AddSingleton(sp => new ConnectorClient(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(ConnectorClient.HttpClientName),
            sp.GetRequiredService<IConnectorTokenProvider>()));
        services.AddMetrics();
        services.TryAddSingleton<ConnectorMetrics>();
        services.AddSingleton<TurnRunner>();
        services.AddSingleton<MessagesEndpoint>();
        services.AddBotAuthentication();
        return builder;
    }

    /// <summary>Maps <c>/api/messages</c>: POST handles a turn; any other method is answered 405.</summary>
    public static IEndpointRouteBuilder MapBotFramework(this IEndpointRouteBuilder endpoints)
    {
        endpoints.Map("/api/messages", (HttpContext context, MessagesEndpoint endpoint) => endpoint.HandleAsync(context))
            .WithName("BotFrameworkMessages");
        return endpoints;
    }
}

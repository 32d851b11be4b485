using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;

namespace AwarenessBot.Protocol.Connector;

/// <summary>
/// The Connector client's pipeline: total timeout → retry (429 honouring <c>Retry-After</c>; 412 and
/// 5xx gateways with jittered exponential backoff, as Teams asks) → per-attempt timeout.
/// </summary>
internal static class ConnectorResilience
{
    public static IHttpClientBuilder AddConnectorResilience(this IHttpClientBuilder builder)
    {
        builder.AddResilienceHandler("connector", (pipeline, context) =>
        {
            var options = context.ServiceProvider.GetRequiredService<IOptions<ConnectorOptions>>().Value;
            pipeline.AddTimeout(options.TotalTimeout);
            // Polly refuses a retry strategy with zero attempts; MaxRetries = 0 (allowed) means no strategy at all.
            if (options.MaxRetries > 0)
            {
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = options.MaxRetries,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = options.BaseDelay,
                    MaxDelay = options.MaxDelay,
                    ShouldRetryAfterHeader = true,
                    // POST is not idempotent: retried only for answers that say it was not processed.
                    ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome)),
                });
            }

            pipeline.AddTimeout(options.AttemptTimeout);
        });
        return builder;
    }

    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Result: { } response } => IsRetryable(response.StatusCode),
        _ => false,
    };

    internal static bool IsRetryable(HttpStatusCode status) => status is HttpStatusCode.TooManyRequests
        or HttpStatusCode.PreconditionFailed or HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway
        or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;
}

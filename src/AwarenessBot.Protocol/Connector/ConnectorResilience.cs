using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AwarenessBot.Protocol.Connector;

/// <summary>Adds <see cref="ConnectorRetryHandler"/> to the Connector client and says what it retries.</summary>
internal static class ConnectorResilience
{
    public static IHttpClientBuilder AddConnectorResilience(this IHttpClientBuilder builder) =>
        builder.AddHttpMessageHandler(services => new ConnectorRetryHandler(
            services.GetRequiredService<IOptions<ConnectorOptions>>().Value,
            services.GetRequiredService<TimeProvider>()));

    /// <summary>Answers that say the activity was not processed, so posting it again cannot duplicate it.</summary>
    internal static bool IsRetryable(HttpStatusCode status) => status is HttpStatusCode.TooManyRequests
        or HttpStatusCode.PreconditionFailed or HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway
        or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;
}

/// <summary>
/// The Connector client's resilience: a total timeout over everything; retries for the answers in
/// <see cref="ConnectorResilience.IsRetryable"/>, connection failures and attempt timeouts, waiting as long as a
/// <c>Retry-After</c> header says or else a jittered exponential backoff (as Teams asks); a timeout per attempt.
/// </summary>
/// <remarks>
/// One method instead of a Polly pipeline of three strategies: under the load run that pipeline was ~9 µs of
/// every delivery (six nested async layers, two timers), the largest single cost after the triage. The behaviour is
/// the same and pinned by the fault tests (tests/AwarenessBot.Web.Tests/Reliability, Messages/ConnectorDeliveryTests).
/// </remarks>
internal sealed class ConnectorRetryHandler(ConnectorOptions options, TimeProvider time) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        for (var attempt = 0; ; attempt++)
        {
            var remaining = options.TotalTimeout - time.GetElapsedTime(started);
            if (remaining <= TimeSpan.Zero)
            {
                throw new TimeoutException($"The Connector did not answer within the total timeout ({options.TotalTimeout}).");
            }

            HttpResponseMessage response;
            using (var attemptTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                attemptTimeout.CancelAfter(remaining < options.AttemptTimeout ? remaining : options.AttemptTimeout);
                try
                {
                    // The same message again: its content is a byte array, which can be sent any number of times.
                    response = await base.SendAsync(request, attemptTimeout.Token);
                }
                catch (Exception ex) when (ex is HttpRequestException
                    || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
                {
                    if (attempt >= options.MaxRetries)
                    {
                        throw ex is OperationCanceledException
                            ? new TimeoutException($"The Connector did not answer within the attempt timeout ({options.AttemptTimeout}).", ex)
                            : ex;
                    }

                    await DelayAsync(Backoff(attempt), cancellationToken);
                    continue;
                }
            }

            if (!ConnectorResilience.IsRetryable(response.StatusCode) || attempt >= options.MaxRetries)
            {
                return response;
            }

            var delay = RetryAfter(response) ?? Backoff(attempt);
            if (delay >= options.TotalTimeout - time.GetElapsedTime(started))
            {
                // Waiting would outlast the budget: the caller gets the Connector's answer now instead of a timeout later.
                return response;
            }

            response.Dispose();
            await DelayAsync(delay, cancellationToken);
        }
    }

    private Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken) =>
        delay > TimeSpan.Zero ? Task.Delay(delay, time, cancellationToken) : Task.CompletedTask;

    /// <summary>BaseDelay × 2^attempt, capped at MaxDelay, with each wait drawn from its upper half (jitter).</summary>
    private TimeSpan Backoff(int attempt)
    {
        var exponential = options.BaseDelay * Math.Pow(2, attempt);
        var capped = exponential < options.MaxDelay ? exponential : options.MaxDelay;
        return capped * (0.5 + (Random.Shared.NextDouble() / 2));
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - time.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };
}

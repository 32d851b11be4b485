using System.Net;
using System.Net.Http.Headers;
using AwarenessBot.Protocol.Connector;

namespace AwarenessBot.Protocol.Tests.Connector;

/// <summary>The Connector client's retry and timeout rules, over a scripted inner handler (no network).</summary>
public sealed class ConnectorRetryHandlerTests
{
    private static readonly ConnectorOptions NoWaiting = new() { MaxRetries = 2, BaseDelay = TimeSpan.Zero };

    [Fact]
    public async Task Send_TransientAnswersThenOk_RetriedUntilOk()
    {
        var inner = new ScriptedHandler(Answer(HttpStatusCode.ServiceUnavailable), Answer(HttpStatusCode.TooManyRequests, retryAfter: 0), Answer(HttpStatusCode.OK));

        using var response = await SendAsync(NoWaiting, inner);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, inner.Attempts);
    }

    [Fact]
    public async Task Send_TransientAnswerAlways_LastAnswerAfterMaxRetries()
    {
        var inner = new ScriptedHandler(Answer(HttpStatusCode.BadGateway));

        using var response = await SendAsync(NoWaiting, inner);

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal(3, inner.Attempts);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.NotFound)]
    public async Task Send_PermanentAnswer_NotRetried(HttpStatusCode status)
    {
        var inner = new ScriptedHandler(Answer(status));

        using var response = await SendAsync(NoWaiting, inner);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(1, inner.Attempts);
    }

    [Fact]
    public async Task Send_ConnectionFailureThenOk_Retried()
    {
        var inner = new ScriptedHandler(_ => throw new HttpRequestException("refused"), Answer(HttpStatusCode.OK));

        using var response = await SendAsync(NoWaiting, inner);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, inner.Attempts);
    }

    [Fact]
    public async Task Send_RetryAfterBeyondTotalTimeout_ThrottledAnswerReturnedAtOnce()
    {
        var inner = new ScriptedHandler(Answer(HttpStatusCode.TooManyRequests, retryAfter: 600));

        using var response = await SendAsync(new ConnectorOptions { MaxRetries = 3, TotalTimeout = TimeSpan.FromSeconds(30) }, inner);

        // Waiting ten minutes inside a 30-second budget helps nobody: the 429 goes back to be logged and counted.
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(1, inner.Attempts);
    }

    [Fact]
    public async Task Send_AttemptNeverAnswers_TimeoutExceptionAfterEachAttemptTimesOut()
    {
        var inner = new ScriptedHandler(async token =>
        {
            await Task.Delay(Timeout.Infinite, token);
            return new HttpResponseMessage(HttpStatusCode.OK);
        });
        var options = new ConnectorOptions { MaxRetries = 1, BaseDelay = TimeSpan.Zero, AttemptTimeout = TimeSpan.FromMilliseconds(50) };

        var ex = await Assert.ThrowsAsync<TimeoutException>(() => SendAsync(options, inner));

        Assert.IsType<TaskCanceledException>(ex.InnerException);
        Assert.Equal(2, inner.Attempts);
    }

    [Fact]
    public async Task Send_CallerCancels_CancellationNotRetried()
    {
        using var caller = new CancellationTokenSource();
        var inner = new ScriptedHandler(async token =>
        {
            await caller.CancelAsync();
            token.ThrowIfCancellationRequested();
            return new HttpResponseMessage(HttpStatusCode.OK);
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => SendAsync(NoWaiting, inner, caller.Token));
        Assert.Equal(1, inner.Attempts);
    }

    private static async Task<HttpResponseMessage> SendAsync(ConnectorOptions options, HttpMessageHandler inner, CancellationToken cancellationToken = default)
    {
        using var invoker = new HttpMessageInvoker(new ConnectorRetryHandler(options, TimeProvider.System) { InnerHandler = inner });
        using var request = new HttpRequestMessage(HttpMethod.Post, "http://127.0.0.1:9/v3/conversations/c/activities")
        {
            Content = new ByteArrayContent("{}"u8.ToArray()),
        };
        return await invoker.SendAsync(request, cancellationToken);
    }

    private static Func<CancellationToken, Task<HttpResponseMessage>> Answer(HttpStatusCode status, int? retryAfter = null) => _ =>
    {
        var response = new HttpResponseMessage(status);
        if (retryAfter is { } seconds)
        {
            response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(seconds));
        }
        return Task.FromResult(response);
    };

    /// <summary>Answers each attempt with the next step of the script; the last step repeats.</summary>
    private sealed class ScriptedHandler(params Func<CancellationToken, Task<HttpResponseMessage>>[] steps) : HttpMessageHandler
    {
        public int Attempts { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            steps[Math.Min(Attempts++, steps.Length - 1)](cancellationToken);
    }
}

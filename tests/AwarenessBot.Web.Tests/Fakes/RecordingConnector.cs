using System.Collections.Concurrent;
using Stopwatch = System.Diagnostics.Stopwatch;
using System.Text.Json;
using AwarenessBot.Protocol.Models;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace AwarenessBot.Web.Tests.Fakes;

/// <summary>One request the Connector stand-in received.</summary>
public sealed record ConnectorRequest(string Method, string RawTarget, string? Authorization, string Body, long Timestamp)
{
    public string Path => Uri.UnescapeDataString(RawTarget.Split('?')[0]);

    public Activity Activity => JsonSerializer.Deserialize<Activity>(Body, ProtocolJson.Options)!;

    public JsonElement Json => JsonSerializer.Deserialize<JsonElement>(Body);
}

/// <summary>An answer the stand-in gives, scripted per conversation.</summary>
public sealed record ConnectorAnswer(int Status, string? RetryAfter = null);

/// <summary>
/// A loopback Bot Connector that records every request and answers <c>{"id": …}</c> (200), or what a
/// test scripted for a conversation. Tests tell their requests apart by unique conversation ids.
/// </summary>
public sealed class RecordingConnector : IAsyncLifetime
{
    private readonly ConcurrentQueue<ConnectorRequest> _requests = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<ConnectorAnswer>> _scripts = new();
    private TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private LoopbackServer? _server;

    public Uri ServiceUrl => _server!.BaseAddress;

    /// <summary>The next answers for requests about <paramref name="conversationId"/>; then 200 again.</summary>
    public void Script(string conversationId, params ConnectorAnswer[] answers) =>
        _scripts[conversationId] = new ConcurrentQueue<ConnectorAnswer>(answers);

    public IReadOnlyList<ConnectorRequest> For(string conversationId) =>
        [.. _requests.Where(r => r.Path.Contains(conversationId, StringComparison.Ordinal))];

    /// <summary>Waits (bounded) until <paramref name="condition"/> holds for the requests about a conversation.</summary>
    public async Task<IReadOnlyList<ConnectorRequest>> WaitForAsync(string conversationId, Func<IReadOnlyList<ConnectorRequest>, bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (true)
        {
            // Taken before the check, so that a request arriving in between is not missed.
            var arrived = Volatile.Read(ref _arrived).Task;
            var requests = For(conversationId);
            if (condition(requests))
            {
                return requests;
            }
            await arrived.WaitAsync(timeout.Token);
        }
    }

    public async Task InitializeAsync() => _server = await LoopbackServer.StartAsync(app => app.Map("/{**path}", HandleAsync));

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var target = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        var request = new ConnectorRequest(context.Request.Method, target, context.Request.Headers.Authorization.FirstOrDefault(), body, Stopwatch.GetTimestamp());
        var answer = _scripts.FirstOrDefault(s => request.Path.Contains(s.Key, StringComparison.Ordinal)).Value is { } script
            && script.TryDequeue(out var scripted) ? scripted : new ConnectorAnswer(200);
        _requests.Enqueue(request);
        Interlocked.Exchange(ref _arrived, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
        context.Response.StatusCode = answer.Status;
        if (answer.RetryAfter is not null)
        {
            context.Response.Headers.RetryAfter = answer.RetryAfter;
        }
        await context.Response.WriteAsJsonAsync(answer.Status < 300 ? new { id = "r" + _requests.Count } : (object)new { error = new { code = "ServiceError", message = "scripted" } });
    }
}

using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AwarenessBot.Protocol.Models;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace AwarenessBot.Protocol.DirectLine;

/// <summary>The embedded Direct Line 3.0 endpoint under <c>/v3/directline</c>.</summary>
internal static partial class DirectLineApi
{
    public const string TokenPolicy = "directline-token";
    public const string ConversationPolicy = "directline-conversation";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/v3/directline").DisableAntiforgery();
        group.MapPost("/tokens/generate", Generate).RequireRateLimiting(TokenPolicy);
        group.MapPost("/tokens/refresh", Refresh).RequireRateLimiting(ConversationPolicy);
        group.MapPost("/conversations", Start).RequireRateLimiting(ConversationPolicy);
        group.MapGet("/conversations/{conversationId}", Reconnect).RequireRateLimiting(ConversationPolicy);
        group.MapGet("/conversations/{conversationId}/activities", ActivitiesApi.Get).RequireRateLimiting(ConversationPolicy);
        group.MapPost("/conversations/{conversationId}/activities", ActivitiesApi.Post).RequireRateLimiting(ConversationPolicy);
        group.MapGet("/conversations/{conversationId}/stream", DirectLineStream.Accept).RequireRateLimiting(ConversationPolicy);
    }

    // PROTOCOL NOTE: the embedded endpoint has no secrets, so tokens/generate needs none; it is
    // rate-limited like the page's token endpoint, and each token opens a fresh conversation.
    private static async Task<Results<Ok<DirectLineToken>, JsonHttpResult<DirectLineError>>> Generate(
        HttpRequest request, ConversationStore store, DirectLineTokens tokens, CancellationToken cancellationToken)
    {
        string? userId = null;
        if (request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0)
        {
            try
            {
                var body = await request.ReadFromJsonAsync<TokenRequest>(ProtocolJson.Options, cancellationToken);
                userId = body?.User?.Id;
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException or BadHttpRequestException)
            {
                return DirectLineErrors.BadArgument("The body is not valid JSON.");
            }
        }

        if (userId is not null && !UserIdPattern().IsMatch(userId))
        {
            return DirectLineErrors.BadArgument("user.id must be 1-128 letters, digits or -_.:@ characters.");
        }

        return TypedResults.Ok(Issue(request, store.Create(), userId, tokens));
    }

    private static Results<Ok<DirectLineToken>, JsonHttpResult<DirectLineError>> Refresh(HttpRequest request, DirectLineAuth auth, DirectLineTokens tokens)
    {
        if (auth.Authorize(DirectLineAuth.BearerToken(request), null, out var claims, out var conversation) is { } error)
        {
            return error;
        }

        return TypedResults.Ok(new DirectLineToken(conversation.Id, tokens.Issue(conversation.Id, claims.UserId), tokens.LifetimeSeconds));
    }

    private static Results<Created<DirectLineConversation>, JsonHttpResult<DirectLineError>> Start(HttpRequest request, DirectLineAuth auth, DirectLineTokens tokens, TimeProvider time)
    {
        var token = DirectLineAuth.BearerToken(request);
        if (auth.Authorize(token, null, out var claims, out var conversation) is { } error)
        {
            return error;
        }

        var answer = Describe(request, conversation.Id, token!, claims.ExpiresAt - time.GetUtcNow(), watermark: null);
        return TypedResults.Created($"{Domain(request)}/conversations/{Uri.EscapeDataString(conversation.Id)}", answer);
    }

    private static Results<Ok<DirectLineConversation>, JsonHttpResult<DirectLineError>> Reconnect(
        HttpRequest request, string conversationId, string? watermark, DirectLineAuth auth, TimeProvider time)
    {
        var token = DirectLineAuth.BearerToken(request);
        if (auth.Authorize(token, conversationId, out var claims, out _) is { } error)
        {
            return error;
        }

        return TypedResults.Ok(Describe(request, conversationId, token!, claims.ExpiresAt - time.GetUtcNow(), watermark));
    }

    /// <summary>Opens a conversation and its token, as the page's token endpoint and tokens/generate do.</summary>
    public static DirectLineToken Issue(HttpRequest request, Conversation conversation, string? userId, DirectLineTokens tokens) =>
        new(conversation.Id, tokens.Issue(conversation.Id, userId), tokens.LifetimeSeconds, Domain(request));

    public static string Domain(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}/v3/directline";

    private static DirectLineConversation Describe(HttpRequest request, string id, string token, TimeSpan left, string? watermark)
    {
        var ws = request.IsHttps ? "wss" : "ws";
        // PROTOCOL NOTE: the stream URL carries the conversation's own token (Azure mints a separate
        // stream token); it is only ever sent to this same origin.
        var stream = $"{ws}://{request.Host}{request.PathBase}/v3/directline/conversations/{Uri.EscapeDataString(id)}/stream?t={Uri.EscapeDataString(token)}";
        if (long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var w))
        {
            stream += $"&watermark={w}";
        }

        return new DirectLineConversation(id, token, (int)Math.Max(0, left.TotalSeconds), stream);
    }

    [GeneratedRegex(@"^[\w\-.:@]{1,128}$")]
    private static partial Regex UserIdPattern();
}

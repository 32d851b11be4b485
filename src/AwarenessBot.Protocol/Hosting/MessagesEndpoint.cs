using System.Text.Json;
using AwarenessBot.Protocol.Authentication;
using AwarenessBot.Protocol.Models;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AwarenessBot.Protocol.Hosting;

/// <summary>
/// <c>POST /api/messages</c>: method, content type, token, body, caller checks, then the turn. Every
/// refusal is a 4xx ProblemDetails before anything is sent; nothing a caller sends causes a 500.
/// A singleton: nothing per request is built that could be built once (loggers, the runner).
/// </summary>
internal sealed class MessagesEndpoint(
    IOptions<BotFrameworkOptions> options, TurnRunner runner, TimeProvider time, IHostApplicationLifetime lifetime, ILogger<MessagesEndpoint> logger)
{
    /// <summary>How long a turn (the bot and the delivery of its replies) may take in all.</summary>
    private static readonly TimeSpan TurnTimeout = TimeSpan.FromSeconds(90);

    public async Task<Results<Ok, JsonHttpResult<ExpectedReplies>, JsonHttpResult<JsonElement>, StatusCodeHttpResult, ProblemHttpResult>> HandleAsync(HttpContext context)
    {
        var inbound = await AcceptAsync(context, options.Value);
        if (inbound.Problem is { } refusal)
        {
            BotFrameworkLog.Refused(logger, refusal.StatusCode, refusal.Reason);
            if (refusal.StatusCode == StatusCodes.Status405MethodNotAllowed)
            {
                context.Response.Headers.Allow = HttpMethods.Post;
            }
            return TypedResults.Problem(title: refusal.Reason, statusCode: refusal.StatusCode);
        }
        var activity = inbound.Activity!;
        using var scope = BotFrameworkLog.TurnScope(logger, activity.ChannelId, activity.Conversation?.Id, activity.Id);
        if (context.RequestServices.GetService<IBot>() is not { } handler)
        {
            BotFrameworkLog.NoBot(logger);
            return TypedResults.Problem(title: "No bot is registered.", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        // A caller hanging up does not cancel the turn: an emergency reply is still delivered.
        using var timeout = new CancellationTokenSource(TurnTimeout, time);
        using var turn = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, lifetime.ApplicationStopping);
        return await TurnAsync(handler, activity, inbound.ServiceUrl, turn.Token);
    }

    private async Task<Results<Ok, JsonHttpResult<ExpectedReplies>, JsonHttpResult<JsonElement>, StatusCodeHttpResult, ProblemHttpResult>> TurnAsync(
        IBot bot, Activity activity, Uri? serviceUrl, CancellationToken cancellationToken)
    {
        var expectReplies = IsExpectReplies(activity);
        var typingTo = !expectReplies && activity.Type == ActivityTypes.Message ? serviceUrl : null;
        var replies = await runner.RunBotAsync(bot, activity, typingTo, cancellationToken);
        var outgoing = replies.Where(r => r.Type != ActivityTypes.InvokeResponse).ToList();
        BotFrameworkLog.TurnHandled(logger, activity.Type!, outgoing.Count, expectReplies ? "expectReplies" : "connector");
        if (expectReplies)
        {
            return TypedResults.Json(new ExpectedReplies { Activities = outgoing }, ProtocolJson.Options);
        }
        await runner.DeliverAsync(serviceUrl!, activity, outgoing, cancellationToken);
        if (activity.Type != ActivityTypes.Invoke)
        {
            return TypedResults.Ok();
        }
        // PROTOCOL NOTE: as the SDKs do, an invoke the bot did not answer is 501 Not Implemented.
        var answer = replies.FirstOrDefault(r => r.Type == ActivityTypes.InvokeResponse)?.Value;
        if (answer is not { ValueKind: JsonValueKind.Object } value)
        {
            return TypedResults.StatusCode(StatusCodes.Status501NotImplemented);
        }
        var status = value.TryGetProperty("status", out var s) && s.TryGetInt32(out var code) && code is >= 200 and < 600 ? code : StatusCodes.Status200OK;
        return value.TryGetProperty("body", out var body)
            ? TypedResults.Json(body, ProtocolJson.Options, statusCode: status)
            : TypedResults.StatusCode(status);
    }

    private static bool IsExpectReplies(Activity activity) => string.Equals(activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.Ordinal);

    private sealed record Refusal(int StatusCode, string Reason);

    private sealed record Inbound(Activity? Activity, Uri? ServiceUrl, Refusal? Problem);

    private static Inbound Refuse(int status, string reason) => new(null, null, new Refusal(status, reason));

    private static async Task<Inbound> AcceptAsync(HttpContext context, BotFrameworkOptions bot)
    {
        var request = context.Request;
        if (!HttpMethods.IsPost(request.Method))
        {
            return Refuse(StatusCodes.Status405MethodNotAllowed, "Only POST is allowed.");
        }
        if (!request.HasJsonContentType())
        {
            return Refuse(StatusCodes.Status415UnsupportedMediaType, "The activity must be sent as application/json.");
        }
        BotCaller? caller = null;
        if (bot.AuthenticationEnabled)
        {
            // Authenticated before the body is read: an anonymous caller cannot make us parse 256 KB.
            var result = await context.AuthenticateAsync(BotAuthenticationDefaults.Scheme);
            caller = result.Succeeded ? context.Features.Get<BotCaller>() : null;
            if (caller is null)
            {
                return Refuse(StatusCodes.Status401Unauthorized, "A valid Bot Framework token is required.");
            }
        }
        var read = await ActivityReader.ReadAsync(request, context.RequestAborted);
        if (read.Activity is not { } activity)
        {
            return Refuse(read.StatusCode, read.Problem!);
        }
        return CheckRoute(activity, bot, caller);
    }

    private static Inbound CheckRoute(Activity activity, BotFrameworkOptions bot, BotCaller? caller)
    {
        var serviceUrl = ServiceUrls.Parse(activity.ServiceUrl);
        var expectReplies = IsExpectReplies(activity);
        if (!expectReplies && (serviceUrl is null || activity.Conversation?.Id is not { Length: > 0 }))
        {
            return Refuse(StatusCodes.Status400BadRequest, "The activity needs an http(s) serviceUrl and a conversation id.");
        }
        if (caller is not null)
        {
            if (serviceUrl is null)
            {
                return Refuse(StatusCodes.Status400BadRequest, "The activity needs an http(s) serviceUrl.");
            }
            var verdict = CallerCheck.Check(caller, activity, serviceUrl, bot.AllowedServiceUrlHosts);
            if (!verdict.IsAllowed)
            {
                return Refuse(verdict.StatusCode, verdict.Reason!);
            }
        }
        else if (!expectReplies && !ServiceUrls.IsLoopback(serviceUrl!))
        {
            // PROTOCOL NOTE: with auth off (no app id) nothing vouches for a serviceUrl, so the bot
            // calls loopback ones only; the SDKs would reply anywhere.
            return Refuse(StatusCodes.Status400BadRequest, "With authentication off, only a loopback serviceUrl is accepted.");
        }
        return new(activity, serviceUrl, null);
    }
}

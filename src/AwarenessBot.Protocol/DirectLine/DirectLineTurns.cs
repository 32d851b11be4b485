using System.Text.Json;
using AwarenessBot.Protocol.Models;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AwarenessBot.Protocol.DirectLine;

/// <summary>
/// Runs one posted activity: echoes it into the transcript with a server id and timestamp, passes it
/// to <see cref="IBot"/> as channel <c>webchat</c>, and delivers the replies with <c>replyToId</c>.
/// </summary>
internal sealed class DirectLineTurns(
    IServiceProvider services, IOptions<DirectLineOptions> options, TimeProvider time, ILogger<DirectLineTurns> logger)
{
    private readonly DirectLineOptions _options = options.Value;

    public int MaxActivityBytes => _options.MaxActivityBytes;

    /// <summary>The echoed activity's id, or null when the bot failed (the caller answers 502).</summary>
    public async Task<string?> RunAsync(Conversation conversation, TokenClaims claims, Activity activity, string serviceUrl, CancellationToken cancellationToken)
    {
        var user = activity.From ?? new ChannelAccount();
        // PROTOCOL NOTE: a token bound to a user decides who speaks, as Azure does; otherwise the
        // client's from.id is kept (directlinejs and Web Chat always send one).
        user.Id = claims.UserId ?? (string.IsNullOrWhiteSpace(user.Id) ? "dl_" + conversation.Id[..8] : user.Id);
        user.Role = "user";
        Address(activity, conversation, serviceUrl, from: user, recipient: Bot);
        activity.Id = null;
        activity.ReplyToId = null;
        conversation.Append(activity, time.GetUtcNow(), store: true);

        using var scope = logger.BeginScope(new Dictionary<string, object?> { ["ConversationId"] = conversation.Id, ["ActivityId"] = activity.Id });
        if (!conversation.Started)
        {
            // Direct Line tells the bot who joined before the first activity; its replies are delivered too.
            conversation.Started = true;
            var update = new Activity { Type = ActivityTypes.ConversationUpdate, MembersAdded = [Copy(Bot), Copy(user)], Locale = activity.Locale };
            Address(update, conversation, serviceUrl, from: Copy(user), recipient: Bot);
            update.Id = $"{conversation.Id}|join";
            update.Timestamp = activity.Timestamp;
            if (!await DeliverAsync(conversation, update, user, serviceUrl, cancellationToken))
            {
                return null;
            }
        }

        return await DeliverAsync(conversation, Clone(activity), user, serviceUrl, cancellationToken) ? activity.Id : null;
    }

    private ChannelAccount Bot => new() { Id = _options.BotId, Name = _options.BotName, Role = "bot" };

    private async Task<bool> DeliverAsync(Conversation conversation, Activity inbound, ChannelAccount user, string serviceUrl, CancellationToken cancellationToken)
    {
        var bot = services.GetService<IBot>();
        IReadOnlyList<Activity> replies;
        try
        {
            if (bot is null)
            {
                DirectLineLog.NoBot(logger);
                return false;
            }

            replies = await bot.OnTurnAsync(inbound, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The bot promises emergency contacts even on a fault; if it still threw, the client gets
            // Direct Line's 502 BotRejectedActivity rather than a 500.
            DirectLineLog.BotFailed(logger, inbound.Type, ex);
            return false;
        }

        foreach (var reply in replies)
        {
            Address(reply, conversation, serviceUrl, from: reply.From ?? Bot, recipient: Copy(user));
            reply.From!.Role ??= "bot";
            reply.ReplyToId ??= inbound.Id;
            reply.Id = null;
            // Typing indicators are for now only: sent over open sockets, never kept for polling.
            conversation.Append(reply, time.GetUtcNow(), store: reply.Type != ActivityTypes.Typing);
        }

        DirectLineLog.TurnDelivered(logger, inbound.Type, replies.Count);
        return true;
    }

    private static void Address(Activity activity, Conversation conversation, string serviceUrl, ChannelAccount from, ChannelAccount recipient)
    {
        activity.ChannelId = Channels.WebChat;
        activity.ServiceUrl = serviceUrl;
        activity.Conversation = new ConversationAccount { Id = conversation.Id };
        activity.From = from;
        activity.Recipient = recipient;
    }

    private static ChannelAccount Copy(ChannelAccount a) => new() { Id = a.Id, Name = a.Name, Role = a.Role };

    // The bot gets its own copy: nothing it changes can alter the transcript's echo.
    private static Activity Clone(Activity a) =>
        JsonSerializer.Deserialize<Activity>(JsonSerializer.SerializeToUtf8Bytes(a, ProtocolJson.Options), ProtocolJson.Options)!;
}

using AwarenessBot.Protocol.Connector;
using AwarenessBot.Protocol.Models;
using Microsoft.Extensions.Logging;

namespace AwarenessBot.Protocol.Hosting;

/// <summary>Runs one turn through the bot and delivers its replies through the Connector.</summary>
internal sealed class TurnRunner(ConnectorClient connector, TimeProvider time, ILogger<TurnRunner> logger, ConnectorMetrics? metrics = null)
{
    /// <summary>A turn still running after this long gets a typing indicator first.</summary>
    public static readonly TimeSpan TypingDelay = TimeSpan.FromMilliseconds(500);

    /// <summary>Typing indicators are repeated no more often than this while the bot works.</summary>
    public static readonly TimeSpan TypingInterval = TimeSpan.FromSeconds(3);

    /// <summary>The bot's replies; a bot that throws yields none (logged without text).</summary>
    public async Task<IReadOnlyList<Activity>> RunBotAsync(IBot bot, Activity activity, Uri? typingTo, CancellationToken cancellationToken)
    {
        var turn = InvokeAsync(bot, activity, cancellationToken);
        // Most turns finish without waiting on anything: no typing indicator, no timer.
        if (typingTo is not null && !turn.IsCompleted)
        {
            await KeepTypingAsync(turn, typingTo, activity, cancellationToken);
        }
        try
        {
            return await turn;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            BotFrameworkLog.BotFailed(logger, ex.GetType().Name);
            return [];
        }
    }

    /// <summary>Sends each reply in order; a failed send is logged and the next one is still tried.</summary>
    public async Task DeliverAsync(Uri serviceUrl, Activity inbound, IEnumerable<Activity> replies, CancellationToken cancellationToken)
    {
        foreach (var reply in replies)
        {
            reply.Conversation ??= inbound.Conversation;
            var conversationId = reply.Conversation?.Id ?? inbound.Conversation!.Id!;
            try
            {
                var result = reply.ReplyToId is { Length: > 0 } replyTo
                    ? await connector.ReplyToActivityAsync(serviceUrl, conversationId, replyTo, reply, cancellationToken)
                    : await connector.SendToConversationAsync(serviceUrl, conversationId, reply, cancellationToken);
                if (result.Succeeded)
                {
                    BotFrameworkLog.Delivered(logger, reply.Type, result.StatusCode);
                }
                else
                {
                    BotFrameworkLog.DeliveryFailed(logger, reply.Type, result.StatusCode, result.ErrorCode);
                    metrics?.Failed(result.StatusCode);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // Connection failures, timeouts after the retries, token failures: the turn still ends cleanly.
                BotFrameworkLog.DeliveryFaulted(logger, reply.Type, ex.GetType().Name);
                metrics?.Faulted(ex);
            }
        }
    }

    // On the request thread: a turn that never waits is answered without a thread hop. A typing indicator
    // is for a turn waiting on something (a slow store, a slow bot), which is exactly when it is still running.
    private static Task<IReadOnlyList<Activity>> InvokeAsync(IBot bot, Activity activity, CancellationToken cancellationToken)
    {
        try
        {
            return bot.OnTurnAsync(activity, cancellationToken);
        }
        catch (Exception ex)
        {
            // A bot that throws before it returns a task fails the same way as one whose task faults.
            return Task.FromException<IReadOnlyList<Activity>>(ex);
        }
    }

    private async Task KeepTypingAsync(Task turn, Uri serviceUrl, Activity activity, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var wait = TypingDelay;
        while (true)
        {
            var tick = Task.Delay(wait, time, stop.Token);
            if (await Task.WhenAny(turn, tick) == turn || tick.IsCanceled)
            {
                await stop.CancelAsync();
                return;
            }
            await DeliverAsync(serviceUrl, activity, [activity.CreateReply(ActivityTypes.Typing)], cancellationToken);
            wait = TypingInterval;
        }
    }
}

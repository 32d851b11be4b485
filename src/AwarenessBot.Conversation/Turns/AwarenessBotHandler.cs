using Stopwatch = System.Diagnostics.Stopwatch;
using System.Text.Json;
using AwarenessBot.Conversation.Telemetry;
using AwarenessBot.Conversation.Rendering;
using AwarenessBot.Conversation.Safety;
using AwarenessBot.Protocol;
using AwarenessBot.Protocol.Models;
using Microsoft.Extensions.Logging;

namespace AwarenessBot.Conversation.Turns;

/// <summary>What one inbound activity produced: the channel-neutral reply (if any) and the rendered activities.</summary>
public sealed record TurnResult(BotReply? Reply, IReadOnlyList<Activity> Activities)
{
    public static TurnResult Empty { get; } = new(null, []);
}

/// <summary>The bot: messages through the turn pipeline, welcomes on install/join, everything else ignored.</summary>
public sealed class AwarenessBotHandler(
    ITurnPipeline pipeline,
    ISafetyGate gate,
    Replies replies,
    ILogger<AwarenessBotHandler> logger,
    BotMetrics? metrics = null) : IBot
{
    public async Task<IReadOnlyList<Activity>> OnTurnAsync(Activity activity, CancellationToken cancellationToken) =>
        (await HandleAsync(activity, cancellationToken).ConfigureAwait(false)).Activities;

    /// <summary>Like <see cref="OnTurnAsync"/>, with the route and entry for `ask` and `eval`. Never throws.</summary>
    public async Task<TurnResult> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var input = ToInput(activity);
        try
        {
            BotReply? reply;
            if (WelcomeRules.ShouldWelcome(activity))
            {
                reply = await WelcomeAsync(input, cancellationToken).ConfigureAwait(false);
                TurnLog.WelcomeSent(logger, activity.ChannelId ?? "unknown", activity.Type ?? "none");
            }
            else if (activity.Type == ActivityTypes.Message)
            {
                var started = Stopwatch.GetTimestamp();
                reply = await pipeline.RunAsync(input, cancellationToken).ConfigureAwait(false);
                metrics?.TurnCompleted(reply.Route, activity.ChannelId, Stopwatch.GetElapsedTime(started));
            }
            else
            {
                // Unknown and uninteresting activity types are acknowledged by the protocol layer, not answered.
                TurnLog.ActivityIgnored(logger, activity.Type ?? "none");
                return TurnResult.Empty;
            }

            return new TurnResult(reply, ChannelRenderer.Render(reply, activity));
        }
#pragma warning disable CA1031 // FAIL-SAFE: a fault while welcoming or rendering still ends in emergency contacts.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            TurnLog.TurnFailed(logger, ex.GetType().Name);
            if (activity.Type != ActivityTypes.Message)
            {
                return TurnResult.Empty;
            }

            metrics?.TurnCompleted(Route.Emergency, activity.ChannelId, TimeSpan.Zero);
            var failSafe = new BotReply(Route.Emergency, [new ReplyMessage(TurnPipeline.LastResort)], []);
            var reply = activity.CreateReply();
            reply.Text = TurnPipeline.LastResort;
            return new TurnResult(failSafe, [reply]);
        }
    }

    /// <summary>The pipeline input for a message: Teams mentions of the bot removed, conversation key built.</summary>
    public static TurnInput ToInput(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var value = activity.Value is { ValueKind: not JsonValueKind.Undefined and not JsonValueKind.Null } v ? v : (JsonElement?)null;
        return new TurnInput(
            Mentions.RemoveBotMention(activity),
            value,
            activity.ChannelId ?? "unknown",
            activity.Locale,
            $"{activity.ChannelId}:{activity.Conversation?.Id}");
    }

    private async Task<BotReply> WelcomeAsync(TurnInput input, CancellationToken cancellationToken)
    {
        // The gate gives the hotline line for the user's locale and region; the welcome ignores any reply of its own.
        var safety = await gate.CheckAsync(input with { Text = string.Empty, Value = null }, cancellationToken).ConfigureAwait(false);
        return replies.Welcome(input.ChannelId, safety.HotlineLine, safety.Language);
    }
}

using Microsoft.Extensions.Logging;

namespace AwarenessBot.Conversation.Turns;

// Routes, entry ids and scores only: never what the user typed (design.md, privacy rules).
internal static partial class TurnLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Turn routed to {Route} (entry {EntryId}, confidence {Confidence:0.000})")]
    public static partial void TurnRouted(ILogger logger, Route route, string? entryId, double confidence);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Error, Message = "Turn failed with {ExceptionType}; sent the fail-safe reply")]
    public static partial void TurnFailed(ILogger logger, string exceptionType);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Information, Message = "Welcome sent on {ChannelId} for {ActivityType}")]
    public static partial void WelcomeSent(ILogger logger, string channelId, string activityType);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Debug, Message = "Ignored activity of type {ActivityType}")]
    public static partial void ActivityIgnored(ILogger logger, string activityType);
}

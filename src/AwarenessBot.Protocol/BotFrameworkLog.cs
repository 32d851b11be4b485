using Microsoft.Extensions.Logging;

namespace AwarenessBot.Protocol;

// Never a message text, a token or a user id: ids of conversations and activities, types, statuses, reasons.
internal static partial class BotFrameworkLog
{
    private static readonly Func<ILogger, string?, string?, string?, IDisposable?> TurnScopeDefinition =
        LoggerMessage.DefineScope<string?, string?, string?>("Turn {ChannelId} {ConversationId} {ActivityId}");

    public static IDisposable? TurnScope(ILogger logger, string? channelId, string? conversationId, string? activityId) =>
        TurnScopeDefinition(logger, channelId, conversationId, activityId);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Turn handled: {ActivityType}, {ReplyCount} replies, delivery {Delivery}")]
    public static partial void TurnHandled(ILogger logger, string activityType, int replyCount, string delivery);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Request refused with {StatusCode}: {Reason}")]
    public static partial void Refused(ILogger logger, int statusCode, string reason);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Information, Message = "Inbound token rejected ({Failure})")]
    public static partial void TokenRejected(ILogger logger, string failure);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Error, Message = "The bot failed the turn ({ExceptionType})")]
    public static partial void BotFailed(ILogger logger, string exceptionType);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Error, Message = "No IBot is registered: the turn cannot be handled")]
    public static partial void NoBot(ILogger logger);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Warning, Message = "Delivery of a {ActivityType} reply failed: status {StatusCode}, error {ErrorCode}")]
    public static partial void DeliveryFailed(ILogger logger, string? activityType, int statusCode, string? errorCode);

    [LoggerMessage(EventId = 4007, Level = LogLevel.Warning, Message = "Delivery of a {ActivityType} reply failed: {ExceptionType}")]
    public static partial void DeliveryFaulted(ILogger logger, string? activityType, string exceptionType);

    [LoggerMessage(EventId = 4008, Level = LogLevel.Debug, Message = "Reply delivered: {ActivityType}, status {StatusCode}")]
    public static partial void Delivered(ILogger logger, string? activityType, int statusCode);
}

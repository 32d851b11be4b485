using Microsoft.Extensions.Logging;

namespace AwarenessBot.Protocol.DirectLine;

// Never logs text, tokens, secrets or user ids: only types, counts and status codes.
internal static partial class DirectLineLog
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Debug, Message = "Direct Line turn ({ActivityType}) delivered {ReplyCount} replies")]
    public static partial void TurnDelivered(ILogger logger, string? activityType, int replyCount);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Error, Message = "The bot failed on a {ActivityType} activity")]
    public static partial void BotFailed(ILogger logger, string? activityType, Exception exception);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Error, Message = "No IBot is registered; Direct Line turns answer 502")]
    public static partial void NoBot(ILogger logger);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Warning, Message = "Azure Direct Line answered {StatusCode} to tokens/generate")]
    public static partial void AzureTokenFailed(ILogger logger, int statusCode);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Warning, Message = "Azure Direct Line could not be reached for a token")]
    public static partial void AzureUnreachable(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 5006, Level = LogLevel.Debug, Message = "Direct Line stream closed for a conversation")]
    public static partial void StreamClosed(ILogger logger);
}

using Microsoft.Extensions.Logging;

namespace AwarenessBot.Conversation.Safety;

// Never message text: only outcomes, flags, region and language codes, and exception type names.
internal static partial class SafetyLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Safety check: emergency={Emergency} situations={Situations} safetyMode={SafetyMode} region={Region} language={Language}")]
    public static partial void Checked(ILogger logger, bool emergency, int situations, bool safetyMode, string region, string language);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Error, Message = "Safety triage failed ({ExceptionType}); the turn takes the emergency route")]
    public static partial void TriageFailed(ILogger logger, string exceptionType);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning, Message = "Conversation state store failed ({ExceptionType}); the turn goes on without state")]
    public static partial void StateFailed(ILogger logger, string exceptionType);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Error, Message = "Building the emergency reply failed ({ExceptionType}); the last-resort text is sent")]
    public static partial void ReplyFailed(ILogger logger, string exceptionType);
}

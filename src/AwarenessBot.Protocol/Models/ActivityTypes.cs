namespace AwarenessBot.Protocol.Models;

/// <summary>Activity <c>type</c> values. Strings, compared ordinally; unknown ones are legal.</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string Typing = "typing";
    public const string Event = "event";
    public const string Invoke = "invoke";
    public const string EndOfConversation = "endOfConversation";
    public const string MessageReaction = "messageReaction";

    /// <summary>
    /// Not sent on the wire: a bot answers an <c>invoke</c> by returning an activity of this type whose
    /// <c>value</c> is <c>{status, body}</c>; the endpoint turns it into the HTTP response (as the SDKs do).
    /// </summary>
    public const string InvokeResponse = "invokeResponse";
}

/// <summary>Channel ids used by Azure Bot Service.</summary>
public static class Channels
{
    public const string WebChat = "webchat";
    public const string DirectLine = "directline";
    public const string MsTeams = "msteams";
    public const string Facebook = "facebook";
    public const string Emulator = "emulator";
    public const string Test = "test";
}

/// <summary>Card action and attachment content types.</summary>
public static class ActionTypes
{
    public const string ImBack = "imBack";
    public const string PostBack = "postBack";
    public const string MessageBack = "messageBack";
    public const string OpenUrl = "openUrl";
    public const string Call = "call";
}

public static class ContentTypes
{
    public const string HeroCard = "application/vnd.microsoft.card.hero";
    public const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";
}

public static class TextFormats
{
    public const string Markdown = "markdown";
    public const string Plain = "plain";
}

public static class InputHints
{
    public const string AcceptingInput = "acceptingInput";
    public const string ExpectingInput = "expectingInput";
    public const string IgnoringInput = "ignoringInput";
}

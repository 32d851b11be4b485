namespace AwarenessBot.Conversation.Turns;

/// <summary>What a button does when pressed.</summary>
public enum ButtonKind
{
    /// <summary>Sends <see cref="ReplyButton.Value"/> as if the user typed it (imBack).</summary>
    Ask,

    /// <summary>Answers the knowledge entry whose id is <see cref="ReplyButton.Value"/> directly (postBack).</summary>
    Entry,

    /// <summary>Dials the phone number in <see cref="ReplyButton.Value"/> (a <c>tel:</c> call where the channel supports it).</summary>
    Call,

    /// <summary>Opens the URL in <see cref="ReplyButton.Value"/>.</summary>
    OpenUrl,
}

/// <summary>A channel-neutral button.</summary>
public sealed record ReplyButton(string Title, ButtonKind Kind, string Value);

/// <summary>
/// One message bubble, channel-neutral. <see cref="Text"/> is light Markdown (bold, links, "- " bullets);
/// renderers turn it into what each channel shows. <see cref="Buttons"/> belong to this message (card buttons).
/// </summary>
public sealed record ReplyMessage(string Text, IReadOnlyList<ReplyButton> Buttons)
{
    public ReplyMessage(string text)
        : this(text, [])
    {
    }
}

/// <summary>
/// The bot's answer to one turn, before channel rendering. <see cref="Suggestions"/> are offered after the
/// last message (suggested actions / quick replies). <see cref="EntryId"/> is set only for <see cref="Route.Answer"/>.
/// </summary>
public sealed record BotReply(
    Route Route,
    IReadOnlyList<ReplyMessage> Messages,
    IReadOnlyList<ReplyButton> Suggestions,
    string? EntryId = null,
    double Confidence = 0);

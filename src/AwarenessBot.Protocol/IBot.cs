using AwarenessBot.Protocol.Models;

namespace AwarenessBot.Protocol;

/// <summary>
/// The seam between the protocol and the bot: one inbound activity in, the replies out.
/// The protocol layer delivers them (Connector, <c>expectReplies</c> body, or the local Direct Line).
/// Replies should be made with <see cref="Activity.CreateReply"/>.
/// </summary>
public interface IBot
{
    Task<IReadOnlyList<Activity>> OnTurnAsync(Activity activity, CancellationToken cancellationToken);
}

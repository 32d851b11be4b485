using AwarenessBot.Protocol;
using AwarenessBot.Protocol.Models;

namespace AwarenessBot.Web.Tests.DirectLine;

/// <summary>
/// A stand-in bot for protocol tests: greets on <c>webchat/join</c> with a suggestion, answers a
/// message with a typing indicator and the text it heard, and throws on the word "explode" so
/// the endpoint's failure path can be seen.
/// </summary>
// Not folded into Fakes.TestBot: its own typing indicator is what the Direct Line tests need to see
// (never stored, sent over the socket), and what the /api/messages tests must not see (there the
// typing indicator has to come from the host when a turn is slow).
public sealed class DirectLineTestBot : IBot
{
    public Task<IReadOnlyList<Activity>> OnTurnAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.Type == ActivityTypes.Event && activity.Name == "webchat/join")
        {
            var welcome = activity.CreateReply();
            welcome.Text = "Welcome from the test bot";
            welcome.SuggestedActions = new SuggestedActions { Actions = [new CardAction { Type = ActionTypes.ImBack, Title = "Tell me more", Value = "Tell me more" }] };
            return Task.FromResult<IReadOnlyList<Activity>>([welcome]);
        }

        if (activity.Type != ActivityTypes.Message)
        {
            return Task.FromResult<IReadOnlyList<Activity>>([]);
        }

        if (activity.Text?.Contains("explode", StringComparison.OrdinalIgnoreCase) == true)
        {
            throw new InvalidOperationException("The test bot was asked to fail.");
        }

        var reply = activity.CreateReply();
        reply.Text = "heard: " + activity.Text;
        return Task.FromResult<IReadOnlyList<Activity>>([activity.CreateReply(ActivityTypes.Typing), reply]);
    }
}

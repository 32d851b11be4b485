using System.Collections.Concurrent;
using System.Text.Json;
using AwarenessBot.Protocol;
using AwarenessBot.Protocol.Models;

namespace AwarenessBot.Web.Tests.Fakes;

/// <summary>
/// Stands in for the conversation's bot. Messages are echoed; "slow" waits until the test releases
/// the conversation; "throw" fails; an invoke named "answer" is answered {status: 200, body}; other
/// activity types get no replies.
/// </summary>
public sealed class TestBot : IBot
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _gates = new();

    public void Release(string conversationId) => Gate(conversationId).TrySetResult();

    public async Task<IReadOnlyList<Activity>> OnTurnAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.Type == ActivityTypes.Invoke)
        {
            return activity.Name == "answer"
                ? [new Activity { Type = ActivityTypes.InvokeResponse, Value = JsonSerializer.SerializeToElement(new { status = 200, body = new { handled = true } }) }]
                : [];
        }
        if (activity.Type != ActivityTypes.Message)
        {
            return [];
        }
        switch (activity.Text)
        {
            case "slow":
                await Gate(activity.Conversation!.Id!).Task.WaitAsync(cancellationToken);
                break;
            case "throw":
                throw new InvalidOperationException("the bot failed");
        }
        var reply = activity.CreateReply();
        reply.Text = "echo: " + activity.Text;
        return [reply];
    }

    private TaskCompletionSource Gate(string conversationId) =>
        _gates.GetOrAdd(conversationId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}

using AwarenessBot.Conversation.State;
using AwarenessBot.Conversation.Turns;

namespace AwarenessBot.Conversation.Safety;

/// <summary>Triage, safety mode and emergency replies.</summary>
public sealed class SafetyGate(SafetyCatalog catalog, IConversationStateStore store, TimeProvider time, SafetyOptions options) : ISafetyGate
{
    // STUB: replaced by the safety work.
    private readonly SafetyCatalog _catalog = catalog;
    private readonly IConversationStateStore _store = store;
    private readonly TimeProvider _time = time;

    public Task<SafetyGateResult> CheckAsync(TurnInput input, CancellationToken cancellationToken) =>
        Task.FromResult(new SafetyGateResult(null, "If you or someone else is in danger now, call 911.", false, options.DefaultRegion, "en"));

    public BotReply FailSafe(TurnInput input) =>
        new(Route.Emergency, [new ReplyMessage("If you or someone else is in danger now, call 911. National Human Trafficking Hotline: 1-888-373-7888.")], []);
}

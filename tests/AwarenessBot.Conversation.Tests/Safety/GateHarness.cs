using AwarenessBot.Conversation.Safety;
using AwarenessBot.Conversation.Turns;

namespace AwarenessBot.Conversation.Tests.Safety;

/// <summary>Builds a gate over the real knowledge/safety data and sends it messages.</summary>
internal static class GateHarness
{
    public static SafetyGate Gate(MemoryStateStore? store = null, TimeProvider? time = null, SafetyOptions? options = null) =>
        new(SafetyTestData.Catalog, store ?? new MemoryStateStore(), time ?? TimeProvider.System, options ?? new SafetyOptions());

    public static Task<SafetyGateResult> Check(this SafetyGate gate, string text, string? locale = "en-US", string key = "conversation-1") =>
        gate.CheckAsync(new TurnInput(text, null, "webchat", locale, key), CancellationToken.None);

    /// <summary>All message text of a reply, as a user would read it.</summary>
    public static string Text(this BotReply? reply) =>
        string.Join("\n", reply?.Messages.Select(m => m.Text) ?? []);
}

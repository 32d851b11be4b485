using AwarenessBot.Conversation.Safety;
using AwarenessBot.Conversation.Turns;

namespace AwarenessBot.Conversation.Tests.Safety;

public sealed class FailSafeTests
{
    [Fact]
    public async Task TriageThrows_CheckTakesTheEmergencyRoute()
    {
        var gate = new SafetyGate(SafetyTestData.Catalog, new MemoryStateStore(), TimeProvider.System, new SafetyOptions())
        {
            Analyse = _ => throw new InvalidOperationException("triage broke"),
        };

        var result = await gate.Check("what is trafficking");

        Assert.Equal(Route.Emergency, result.Reply?.Route);
        Assert.Contains("911", result.Reply.Text(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "call 911")]
    [InlineData("en-GB", "call 999")]
    [InlineData("es-MX", "llama al 911")]
    public void FailSafe_AnyFaultInTurn_CarriesLocalEmergencyContacts(string locale, string expected)
    {
        var gate = GateHarness.Gate();

        var reply = gate.FailSafe(new TurnInput(null, null, "msteams", locale, "c"));

        Assert.Equal(Route.Emergency, reply.Route);
        Assert.Contains(expected, reply.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ContactsBroken_FailSafeAndCheck_FallBackToHardCodedLastResort()
    {
        var real = SafetyTestData.Catalog;
        var broken = SafetyCatalog.Create(real.Lexicon, new SafetyContacts(new Dictionary<string, RegionInfo>(), [], []));
        var gate = new SafetyGate(broken, new MemoryStateStore(), TimeProvider.System, new SafetyOptions());

        var failSafe = gate.FailSafe(new TurnInput("x", null, "facebook", "en-US", "c"));
        var check = await gate.Check("help me");

        foreach (var reply in new[] { failSafe, check.Reply })
        {
            Assert.Equal(Route.Emergency, reply?.Route);
            var text = reply.Text();
            Assert.Contains("911", text, StringComparison.Ordinal);
            Assert.Contains("112", text, StringComparison.Ordinal);
            Assert.Contains("999", text, StringComparison.Ordinal);
            Assert.Contains("1-888-373-7888", text, StringComparison.Ordinal);
        }
    }
}

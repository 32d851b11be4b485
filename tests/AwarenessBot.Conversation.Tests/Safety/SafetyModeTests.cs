using AwarenessBot.Conversation.Safety;
using AwarenessBot.Conversation.Turns;

namespace AwarenessBot.Conversation.Tests.Safety;

public sealed class SafetyModeTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("what do i do")]
    [InlineData("ok")]
    [InlineData("help")]
    [InlineData("i cant call")]
    [InlineData("what now")]
    [InlineData("yes")]
    [InlineData("no")]
    [InlineData("?")]
    [InlineData("estoy asustada")]
    [InlineData("what do I do if he comes back")]
    public async Task FollowUp_DuringSafetyMode_ContinuesSafetyGuidance(string followUp)
    {
        var gate = GateHarness.Gate(time: new FakeTime(Start));
        await gate.Check("they took my passport and won't let me leave");

        var result = await gate.Check(followUp);

        Assert.Equal(Route.Emergency, result.Reply?.Route);
        Assert.Contains("911", result.Reply.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AwarenessQuestion_DuringSafetyMode_GoesOnWithHotlineReminder()
    {
        var gate = GateHarness.Gate(time: new FakeTime(Start));
        await gate.Check("he won't let me leave");

        var result = await gate.Check("what is debt bondage");

        Assert.Null(result.Reply);
        Assert.True(result.InSafetyMode);
        Assert.Contains("911", result.HotlineLine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FollowUp_AfterSafetyModeExpires_IsNotAnEmergency()
    {
        var time = new FakeTime(Start);
        var gate = GateHarness.Gate(time: time);
        await gate.Check("he won't let me leave");

        time.Advance(TimeSpan.FromMinutes(31));
        var result = await gate.Check("ok");

        Assert.Null(result.Reply);
        Assert.False(result.InSafetyMode);
    }

    [Fact]
    public async Task SafetyMode_RemembersLanguageAndStoresNoText()
    {
        var store = new MemoryStateStore();
        var gate = GateHarness.Gate(store, new FakeTime(Start));
        await gate.Check("me secuestraron");

        var result = await gate.Check("ok");

        Assert.Contains("llama al 911", result.Reply.Text(), StringComparison.Ordinal);
        var state = store["conversation-1"];
        Assert.NotNull(state);
        Assert.Equal(Start + TimeSpan.FromMinutes(30), state.SafetyModeUntil);
        Assert.Equal("es", state.Language);
    }

    [Fact]
    public async Task Region_NamedOutsideAnEmergency_IsRememberedForTheNextOne()
    {
        var gate = GateHarness.Gate();
        var first = await gate.Check("I'm in the UK, what is modern slavery?");

        var second = await gate.Check("help");

        Assert.Null(first.Reply);
        Assert.Equal("GB", first.Region);
        Assert.StartsWith("**If you or someone else is in danger now, call 999.**", second.Reply.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StateStoreThrows_TurnStillGetsEmergencyReply()
    {
        var gate = GateHarness.Gate(new MemoryStateStore { Fail = true });

        var result = await gate.Check("someone is following me");

        Assert.Equal(Route.Emergency, result.Reply?.Route);
    }

    [Fact]
    public async Task StateStoreThrows_AwarenessQuestionStillGoesOn()
    {
        var gate = GateHarness.Gate(new MemoryStateStore { Fail = true });

        var result = await gate.Check("what is sextortion");

        Assert.Null(result.Reply);
    }
}

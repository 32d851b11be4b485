using AwarenessBot.Conversation.Tests.Safety;
using AwarenessBot.Conversation.Turns;
using Microsoft.Extensions.Logging.Abstractions;

namespace AwarenessBot.Conversation.Tests.Turns;

/// <summary>
/// A worry that is not an emergency (the lexicon's [worry] groups), over the real safety data and knowledge base: when
/// the bot has no answer, the fallback leads with the hotline and a bystander's first steps instead of "Sorry, I can't
/// help with that", and never raises an alarm. Everyday messages keep the plain fallback.
/// </summary>
public sealed class ConcernRepliesTests(RealKnowledgeTurnTests.Index index) : IClassFixture<RealKnowledgeTurnTests.Index>
{
    private readonly TurnPipeline _pipeline = new(GateHarness.Gate(), index.Search, NullLogger<TurnPipeline>.Instance);

    private Task<BotReply> AskAsync(string text) =>
        _pipeline.RunAsync(new TurnInput(text, null, "webchat", "en-US", $"webchat:concern:{text.GetHashCode(StringComparison.Ordinal)}"), CancellationToken.None);

    [Theory]
    [InlineData("the lady who cleans our office is never on her own, a man drops her off and picks her up every night")]
    [InlineData("the waitress at the diner always has new bruises and wont say why")]
    [InlineData("im a bit worried about my classmate")]
    [InlineData("ok so what should i do")]
    public async Task RunAsync_WorryWithoutAnAnswer_FallsBackWithTheHotlineFirstAndNoAlarm(string text)
    {
        var reply = await AskAsync(text);

        Assert.Equal(Route.Fallback, reply.Route);
        var body = reply.Text();
        Assert.StartsWith("I'm a bot, and I can only answer general questions", body, StringComparison.Ordinal);
        Assert.Contains("you don't have to be sure", body, StringComparison.Ordinal);
        Assert.Contains("don't confront anyone", body, StringComparison.Ordinal);
        Assert.True(body.IndexOf("In danger now?", StringComparison.Ordinal) < body.IndexOf("You can also ask me about", StringComparison.Ordinal),
            "the hotline comes before the list of topics");
        Assert.DoesNotContain("Sorry", body, StringComparison.Ordinal);
        Assert.DoesNotContain("confidential", body, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("my cousin got a bruise at rugby practice")]
    [InlineData("what do i do about a slow laptop")]
    [InlineData("my neighbour has a lovely garden")]
    public async Task RunAsync_EverydayMessage_KeepsThePlainFallback(string text)
    {
        var reply = await AskAsync(text);

        Assert.Equal(Route.Fallback, reply.Route);
        Assert.StartsWith("Sorry, I can't help with that.", reply.Text(), StringComparison.Ordinal);
    }
}

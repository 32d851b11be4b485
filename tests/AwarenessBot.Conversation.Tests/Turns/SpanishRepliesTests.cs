using AwarenessBot.Conversation.Hosting;
using AwarenessBot.Conversation.Tests.Safety;
using AwarenessBot.Conversation.Turns;
using AwarenessBot.Knowledge;
using Microsoft.Extensions.Logging.Abstractions;

namespace AwarenessBot.Conversation.Tests.Turns;

/// <summary>The bot's own wording follows the language triage read, over the real safety data and knowledge base.</summary>
public sealed class SpanishRepliesTests : IClassFixture<RealKnowledgeTurnTests.Index>
{
    private readonly TurnPipeline _pipeline;

    public SpanishRepliesTests(RealKnowledgeTurnTests.Index index) =>
        _pipeline = new TurnPipeline(GateHarness.Gate(), index.Search, NullLogger<TurnPipeline>.Instance);

    private Task<BotReply> AskAsync(string text, string locale = "en-US") =>
        _pipeline.RunAsync(new TurnInput(text, null, "webchat", locale, "webchat:spanish"), CancellationToken.None);

    [Theory]
    [InlineData("¿qué tiempo hará mañana en Madrid?", "en-US")]
    [InlineData("recomiéndame una película para el sábado", "en-US")]
    [InlineData("tell me a joke", "es-MX")]
    public async Task RunAsync_SpanishOutOfScope_FallsBackInSpanishWithTheSpanishHotlineLine(string text, string locale)
    {
        var reply = await AskAsync(text, locale);

        Assert.Equal(Route.Fallback, reply.Route);
        Assert.StartsWith("Lo siento, no puedo ayudar con eso.", reply.Text(), StringComparison.Ordinal);
        Assert.Contains("en inglés", reply.Text(), StringComparison.Ordinal);
        Assert.Contains("¿En peligro ahora?", reply.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("Sorry", reply.Text(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hola", "¡Hola! Soy AwarenessBot")]
    [InlineData("muchas gracias", "De nada.")]
    public async Task RunAsync_SpanishSmallTalk_RepliesInSpanish(string text, string opening)
    {
        var reply = await AskAsync(text);

        Assert.Equal(Route.SmallTalk, reply.Route);
        Assert.StartsWith(opening, reply.Text(), StringComparison.Ordinal);
        Assert.Contains("bot", reply.Text(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tell me a joke", Route.Fallback, "Sorry, I can't help with that.")]
    [InlineData("hi", Route.SmallTalk, "Hi! I'm AwarenessBot")]
    public async Task RunAsync_English_KeepsEnglishWording(string text, Route route, string opening)
    {
        var reply = await AskAsync(text);

        Assert.Equal(route, reply.Route);
        Assert.StartsWith(opening, reply.Text(), StringComparison.Ordinal);
        Assert.Contains("In danger now?", reply.Text(), StringComparison.Ordinal);
    }

    // A past event is not an emergency (the lexicon's [ignore] phrases), but it is not brushed off either.
    [Theory]
    [InlineData("years ago my boss kept my passport", "If you're worried about yourself or someone else", "In danger now?")]
    [InlineData("tell me a joke", "Sorry, I can't help with that.", "In danger now?")]
    public async Task RunAsync_FallbackAfterASignThatDidNotCount_PointsToTheHotlineFirst(string text, string opening, string hotline)
    {
        var reply = await AskAsync(text);

        Assert.Equal(Route.Fallback, reply.Route);
        Assert.Contains(opening, reply.Text(), StringComparison.Ordinal);
        Assert.Contains(hotline, reply.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("confidential", reply.Text(), StringComparison.OrdinalIgnoreCase);
    }
}

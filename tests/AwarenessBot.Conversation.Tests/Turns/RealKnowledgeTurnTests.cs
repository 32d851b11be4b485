using AwarenessBot.Conversation.Hosting;
using AwarenessBot.Conversation.Rendering;
using AwarenessBot.Conversation.Turns;
using AwarenessBot.Knowledge;
using AwarenessBot.Protocol.Models;
using AwarenessBot.Conversation.Tests.Rendering;
using Microsoft.Extensions.Logging.Abstractions;

namespace AwarenessBot.Conversation.Tests.Turns;

/// <summary>The pipeline and renderer over the repository's real knowledge base and Lucene index.</summary>
public sealed class RealKnowledgeTurnTests : IClassFixture<RealKnowledgeTurnTests.Index>
{
    private readonly Index _index;

    public RealKnowledgeTurnTests(Index index) => _index = index;

    public sealed class Index : IDisposable
    {
        public Index()
        {
            var loaded = KnowledgeLoader.Load(KnowledgeFolder.Resolve(null));
            Search = KnowledgeIndex.Build(loaded.Base!);
        }

        public KnowledgeIndex Search { get; }

        public void Dispose() => Search.Dispose();
    }

    private Task<BotReply> AskAsync(string text) =>
        new TurnPipeline(new FakeGate(), _index.Search, NullLogger<TurnPipeline>.Instance)
            .RunAsync(new TurnInput(text, null, "webchat", "en-US", "webchat:real"), CancellationToken.None);

    [Fact]
    public async Task RunAsync_AwarenessQuestion_AnswersWithSourceAndFollowUpsThatResolve()
    {
        var reply = await AskAsync("what is human trafficking");

        Assert.Equal(Route.Answer, reply.Route);
        Assert.Equal("what-is-human-trafficking", reply.EntryId);
        Assert.Contains("Source: ", reply.Messages[0].Text, StringComparison.Ordinal);
        Assert.NotEmpty(reply.Suggestions);
        Assert.All(reply.Suggestions.Where(s => s.Kind == ButtonKind.Entry), s => Assert.NotNull(_index.Search.FindById(s.Value)));
    }

    [Fact]
    public async Task RunAsync_FollowUpClick_AnswersTheClickedEntry()
    {
        var first = await AskAsync("what is human trafficking");
        var button = first.Suggestions.First(s => s.Kind == ButtonKind.Entry);
        var action = ChannelRenderer.Render(first, ChannelRendererTests.Inbound(Channels.WebChat)).Single().SuggestedActions!.Actions![0];
        var value = System.Text.Json.JsonSerializer.SerializeToElement(action.Value);

        var reply = await new TurnPipeline(new FakeGate(), _index.Search, NullLogger<TurnPipeline>.Instance)
            .RunAsync(new TurnInput(action.Text, value, "webchat", "en-US", "webchat:real"), CancellationToken.None);

        Assert.Equal(Route.Answer, reply.Route);
        Assert.Equal(button.Value, reply.EntryId);
    }

    [Fact]
    public async Task RunAsync_StarterSuggestions_AllExistInTheKnowledgeBase()
    {
        var reply = await AskAsync("hello");

        Assert.Equal(Route.SmallTalk, reply.Route);
        Assert.True(reply.Suggestions.Count >= 3);
        Assert.All(reply.Suggestions, s => Assert.Equal(ButtonKind.Entry, s.Kind));
    }

    [Theory]
    [InlineData("what's the best pizza topping")]
    [InlineData("title:(foo AND \"")]
    [InlineData("🙂🙂🙂")]
    public async Task RunAsync_OutOfScopeOrOdd_FallsBackPolitely(string text)
    {
        var reply = await AskAsync(text);

        Assert.Contains(reply.Route, new[] { Route.Fallback, Route.Clarify });
    }
}

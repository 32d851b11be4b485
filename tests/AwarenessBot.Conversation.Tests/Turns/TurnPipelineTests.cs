using System.Text.Json;
using AwarenessBot.Conversation.Turns;
using AwarenessBot.Knowledge;
using Microsoft.Extensions.Logging.Abstractions;

namespace AwarenessBot.Conversation.Tests.Turns;

public sealed class TurnPipelineTests
{
    private static TurnInput Input(string? text, JsonElement? value = null) => new(text, value, "webchat", "en-US", "webchat:c1");

    private static JsonElement EntryValue(string id) => JsonSerializer.SerializeToElement(new { entryId = id });

    private static Task<BotReply> RunAsync(FakeGate gate, FakeSearch search, TurnInput input) =>
        new TurnPipeline(gate, search, NullLogger<TurnPipeline>.Instance).RunAsync(input, CancellationToken.None);

    private static string AllText(BotReply reply) => string.Join("\n", reply.Messages.Select(m => m.Text));

    [Theory]
    [InlineData("hi")]
    [InlineData("What is human trafficking?")]
    [InlineData("what is trafficking")]
    public async Task RunAsync_GateReturnsEmergency_EmergencyWinsOverEverything(string text)
    {
        var search = FakeSearch.Standard(_ => throw new InvalidOperationException("search must not run"));

        var reply = await RunAsync(new FakeGate { Reply = FakeGate.Emergency() }, search, Input(text, EntryValue("how-to-report")));

        Assert.Equal(Route.Emergency, reply.Route);
        Assert.Contains("911", AllText(reply));
        Assert.Empty(search.Queries);
    }

    [Fact]
    public async Task RunAsync_SearchThrows_ReturnsFailSafeWithContacts()
    {
        var search = FakeSearch.Standard(_ => throw new InvalidOperationException("index broke"));

        var reply = await RunAsync(new FakeGate(), search, Input("how do traffickers recruit"));

        Assert.Equal(Route.Emergency, reply.Route);
        Assert.Contains("1-888-373-7888", AllText(reply));
    }

    [Fact]
    public async Task RunAsync_GateThrows_ReturnsFailSafeWithContacts()
    {
        var reply = await RunAsync(new FakeGate { Throws = true }, FakeSearch.Standard(), Input("anything"));

        Assert.Equal(Route.Emergency, reply.Route);
        Assert.Equal(FakeGate.FailSafeText, AllText(reply));
    }

    [Fact]
    public async Task RunAsync_PostbackWithEntryId_AnswersThatEntryDirectly()
    {
        var search = FakeSearch.Standard(_ => throw new InvalidOperationException("search must not run"));

        var reply = await RunAsync(new FakeGate(), search, Input("How do I report trafficking?", EntryValue("how-to-report")));

        Assert.Equal(Route.Answer, reply.Route);
        Assert.Equal("how-to-report", reply.EntryId);
        Assert.Equal(1.0, reply.Confidence);
    }

    [Theory]
    [InlineData("What are the signs of trafficking?")]
    [InlineData("what are the signs of trafficking")]
    [InlineData("What are the signs…")]
    public async Task RunAsync_TextEqualsEntryTitle_AnswersThatEntry(string text)
    {
        var reply = await RunAsync(new FakeGate(), FakeSearch.Standard(), Input(text));

        Assert.Equal(Route.Answer, reply.Route);
        Assert.Equal("signs-of-trafficking", reply.EntryId);
    }

    [Fact]
    public async Task RunAsync_SearchAnswers_ShowsAnswerSourceAndFollowUps()
    {
        var search = FakeSearch.Standard();
        var entry = search.FindById("what-is-human-trafficking")!;
        search = FakeSearch.Standard(_ => new SearchDecision(SearchOutcome.Answer, [new SearchHit(entry, 0.87)]));

        var reply = await RunAsync(new FakeGate(), search, Input("whats trafficking"));

        Assert.Equal(Route.Answer, reply.Route);
        Assert.Equal(0.87, reply.Confidence);
        Assert.Contains("Source: How to Help Combat Child Trafficking", AllText(reply));
        Assert.DoesNotContain(FakeGate.Hotline, AllText(reply));
        Assert.Equal(["how-to-report", "signs-of-trafficking"], reply.Suggestions.Where(b => b.Kind == ButtonKind.Entry).Select(b => b.Value));
    }

    [Fact]
    public async Task RunAsync_AnswerInSafetyMode_AppendsHotlineLine()
    {
        var reply = await RunAsync(new FakeGate { InSafetyMode = true }, FakeSearch.Standard(), Input("x", EntryValue("how-to-help")));

        Assert.Equal(Route.Answer, reply.Route);
        Assert.Contains(FakeGate.Hotline, AllText(reply));
    }

    [Fact]
    public async Task RunAsync_ReportingAnswer_ShowsHotlineLine()
    {
        var reply = await RunAsync(new FakeGate(), FakeSearch.Standard(), Input("x", EntryValue("how-to-report")));

        Assert.Contains(FakeGate.Hotline, AllText(reply));
    }

    [Fact]
    public async Task RunAsync_NearTie_ClarifyButtonsCarryEntryIdsAndNoneOfThese()
    {
        var standard = FakeSearch.Standard();
        var hits = new[] { "how-to-report", "how-to-help" }.Select(id => new SearchHit(standard.FindById(id)!, 0.5)).ToList();
        var search = FakeSearch.Standard(_ => new SearchDecision(SearchOutcome.Clarify, hits));

        var reply = await RunAsync(new FakeGate(), search, Input("report help"));

        Assert.Equal(Route.Clarify, reply.Route);
        Assert.Null(reply.EntryId);
        Assert.Equal(["how-to-report", "how-to-help"], reply.Suggestions.Where(b => b.Kind == ButtonKind.Entry).Select(b => b.Value));
        Assert.Equal("None of these", reply.Suggestions[^1].Title);
    }

    [Fact]
    public async Task RunAsync_NoneOfTheseChosen_FallsBackWithStartersAndHotline()
    {
        var search = FakeSearch.Standard(_ => throw new InvalidOperationException("search must not run"));

        var reply = await RunAsync(new FakeGate(), search, Input("None of these"));

        Assert.Equal(Route.Fallback, reply.Route);
        Assert.Contains(FakeGate.Hotline, AllText(reply));
        Assert.NotEmpty(reply.Suggestions);
    }

    [Fact]
    public async Task RunAsync_OutOfScope_SaysItCannotHelpListsTopicsAndHotline()
    {
        var reply = await RunAsync(new FakeGate(), FakeSearch.Standard(), Input("what's the weather in Paris"));

        Assert.Equal(Route.Fallback, reply.Route);
        Assert.Contains("can't help with that", AllText(reply));
        Assert.Contains(FakeGate.Hotline, AllText(reply));
        Assert.Contains(reply.Suggestions, b => b.Value == "what-is-human-trafficking");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \t ")]
    [InlineData("\u0000\u0007\u200B")]
    public async Task RunAsync_EmptyInput_PoliteReplyWithoutSearch(string? text)
    {
        var search = FakeSearch.Standard(_ => throw new InvalidOperationException("search must not run"));

        var reply = await RunAsync(new FakeGate(), search, Input(text));

        Assert.Equal(Route.Fallback, reply.Route);
        Assert.Contains("didn't get a message", AllText(reply));
    }

    [Fact]
    public async Task RunAsync_HugeInput_GateSeesAllSearchSeesAPrefix()
    {
        var gate = new FakeGate();
        var search = FakeSearch.Standard();
        var text = string.Concat(Enumerable.Repeat("trafficking ", 10_000));

        var reply = await RunAsync(gate, search, Input(text));

        Assert.Equal(Route.Fallback, reply.Route);
        Assert.Equal(text.Trim(), gate.Seen.Single().Text);
        Assert.True(search.Queries.Single().Length <= TurnPipeline.MaxSearchLength);
    }

    [Theory]
    [InlineData("hi", Route.SmallTalk)]
    [InlineData("are you a real person?", Route.SmallTalk)]
    [InlineData("help me understand trafficking", Route.Fallback)]
    public async Task RunAsync_SmallTalkOnlyForWholeMessages(string text, Route expected)
    {
        var search = FakeSearch.Standard();

        var reply = await RunAsync(new FakeGate(), search, Input(text));

        Assert.Equal(expected, reply.Route);
        Assert.Equal(expected == Route.Fallback ? 1 : 0, search.Queries.Count);
    }

    [Fact]
    public async Task RunAsync_SmallTalk_SaysItIsABotWhatItCoversAndHotline()
    {
        var reply = await RunAsync(new FakeGate(), FakeSearch.Standard(), Input("what can you do?"));

        var text = AllText(reply);
        Assert.Contains("bot", text);
        Assert.Contains("trafficking", text);
        Assert.Contains(FakeGate.Hotline, text);
    }

    [Theory]
    [InlineData("\"just a string\"")]
    [InlineData("[1, 2, 3]")]
    [InlineData("{\"entryId\": 42}")]
    [InlineData("{\"entryId\": \"no-such-entry\"}")]
    public async Task RunAsync_OddPostbackValue_IgnoredAndTextUsed(string json)
    {
        var value = JsonDocument.Parse(json).RootElement.Clone();

        var reply = await RunAsync(new FakeGate(), FakeSearch.Standard(), Input("hello", value));

        Assert.Equal(Route.SmallTalk, reply.Route);
    }
}

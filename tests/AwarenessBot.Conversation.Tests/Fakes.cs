using AwarenessBot.Conversation.Safety;
using AwarenessBot.Conversation.Turns;
using AwarenessBot.Knowledge;

namespace AwarenessBot.Conversation.Tests;

internal sealed class FakeGate : ISafetyGate
{
    public const string Hotline = "In danger now? Call 911. Trafficking hotline: 1-888-373-7888.";
    public const string FailSafeText = "Fail-safe: call 911 or 1-888-373-7888.";

    public BotReply? Reply { get; init; }
    public bool InSafetyMode { get; init; }
    public bool Throws { get; init; }
    public string Language { get; init; } = "en";
    public List<TurnInput> Seen { get; } = [];

    public Task<SafetyGateResult> CheckAsync(TurnInput input, CancellationToken cancellationToken)
    {
        Seen.Add(input);
        if (Throws)
        {
            throw new InvalidOperationException("gate broke");
        }

        return Task.FromResult(new SafetyGateResult(Reply, Hotline, InSafetyMode, "US", Language));
    }

    public BotReply FailSafe(TurnInput input) => new(Route.Emergency, [new ReplyMessage(FailSafeText)], []);

    public static BotReply Emergency() => new(Route.Emergency, [new ReplyMessage("Call 911 now.", [new ReplyButton("Call 911", ButtonKind.Call, "911")])], []);
}

internal sealed class FakeSearch(params KnowledgeEntry[] entries) : IKnowledgeSearch
{
    public Func<string, SearchDecision> Decider { get; init; } = _ => SearchDecision.None;
    public List<string> Queries { get; } = [];

    public IReadOnlyList<KnowledgeEntry> Entries { get; } = entries.OrderBy(e => e.Id, StringComparer.Ordinal).ToList();

    public SearchDecision Decide(string text)
    {
        Queries.Add(text);
        return Decider(text);
    }

    public KnowledgeEntry? FindById(string id) => Entries.FirstOrDefault(e => e.Id == id);

    public static KnowledgeEntry Entry(string id, string title, params string[] followUps) =>
        new(id, title, [title.ToLowerInvariant()], ["tag"], $"The answer about **{id}**.", "000_seed.txt", "How to Help Combat Child Trafficking", followUps, $"entries/{id}.md");

    public static FakeSearch Standard(Func<string, SearchDecision>? decider = null) =>
        new(
            Entry("what-is-human-trafficking", "What is human trafficking?", "how-to-report", "signs-of-trafficking"),
            Entry("how-to-report", "How do I report trafficking?"),
            Entry("signs-of-trafficking", "What are the signs of trafficking?"),
            Entry("how-to-help", "How can I help?"))
        {
            Decider = decider ?? (_ => SearchDecision.None),
        };
}

using System.Text.Json;
using System.Text.RegularExpressions;
using AwarenessBot.Conversation.Hosting;
using AwarenessBot.Conversation.Safety;
using AwarenessBot.Conversation.Turns;
using AwarenessBot.Knowledge;
using AwarenessBot.Protocol.Models;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AwarenessBot.Benchmarks;

/// <summary>
/// One whole message turn inside the process, as the load run sends it (safety gate, state, search,
/// small talk, rendering for the channel), without HTTP, and its two biggest parts: where a turn's CPU and
/// allocations go. The messages are the load run's own (tests/AwarenessBot.LoadTests/turns.lua).
/// The process needs ~20 s to reach its steady state (tiered JIT, the triage automaton growing), so run
/// with enough warm-up: <c>dotnet run -c Release --project tests/AwarenessBot.Benchmarks -- --filter '*TurnBenchmarks*' --warmupCount 30</c>
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public partial class TurnBenchmarks
{
    private static readonly string[] Channels = ["webchat", "msteams", "facebook"];

    private string[] _messages = [];
    private ServiceProvider _services = null!;
    private AwarenessBotHandler _bot = null!;
    private ISafetyGate _gate = null!;
    private IKnowledgeSearch _search = null!;
    private ISafetyTriage _triage = null!;
    private Activity[] _replies = [];
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var knowledge = TriageBenchmarks.FindKnowledge();
        _messages = LoadMessages(Path.Combine(knowledge, "..", "tests", "AwarenessBot.LoadTests", "turns.lua"));
        _services = new ServiceCollection()
            .AddLogging()
            .AddAwarenessBotCore(new ConfigurationBuilder().Build(), bot => bot.Knowledge = knowledge)
            .BuildServiceProvider();
        _bot = _services.GetRequiredService<AwarenessBotHandler>();
        _gate = _services.GetRequiredService<ISafetyGate>();
        _search = _services.GetRequiredService<IKnowledgeSearch>();
        _triage = _services.GetRequiredService<KnowledgeHolder>().Current.Knowledge.Catalog.Triage;
        _replies = [.. Enumerable.Range(0, _messages.Length * Channels.Length)
            .SelectMany(n => _bot.OnTurnAsync(Inbound(n), CancellationToken.None).GetAwaiter().GetResult())];
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark(Description = "message turn (the load's messages × 3 channels, 2,000 conversations)")]
    public async Task<int> MessageTurn()
    {
        var replies = await _bot.OnTurnAsync(Inbound(_next++), CancellationToken.None);
        return replies.Count;
    }

    [Benchmark(Description = "reply JSON (one of those turns' reply activities, as the Connector client writes it)")]
    public int ReplyJson() => JsonSerializer.SerializeToUtf8Bytes(_replies[_next++ % _replies.Length], ProtocolJson.Options).Length;

    private Activity Inbound(int n) =>
        new()
        {
            Type = ActivityTypes.Message,
            Id = "a" + n,
            ChannelId = Channels[n % Channels.Length],
            ServiceUrl = "http://127.0.0.1:9/",
            Conversation = new ConversationAccount { Id = "conv" + (n % 2000) },
            From = new ChannelAccount { Id = "user" + (n % 2000) },
            Recipient = new ChannelAccount { Id = "awarenessbot" },
            Locale = "en-US",
            Text = _messages[n / Channels.Length % _messages.Length],
        };

    [Benchmark(Description = "safety gate (triage and conversation state)")]
    public async Task<bool> SafetyGate()
    {
        var n = _next++;
        var input = new TurnInput(_messages[n % _messages.Length], null, "webchat", "en-US", "webchat:conv" + (n % 2000));
        return (await _gate.CheckAsync(input, CancellationToken.None)).Reply is null;
    }

    [Benchmark(Description = "safety triage alone")]
    public bool Triage() => _triage.Assess(_messages[_next++ % _messages.Length]).IsEmergency;

    [Benchmark(Description = "search decision (remembered after the first time)")]
    public int Decide() => _search.Decide(_messages[_next++ % _messages.Length]).Hits.Count;

    // The `local messages = { "…", … }` list of the wrk script.
    private static string[] LoadMessages(string luaScript)
    {
        var text = File.ReadAllText(luaScript);
        var start = text.IndexOf("local messages = {", StringComparison.Ordinal);
        var end = text.IndexOf('}', start);
        return [.. LuaString().Matches(text[start..end]).Select(m => m.Groups["text"].Value)];
    }

    [GeneratedRegex("^\\s*\"(?<text>[^\"]*)\",\\s*$", RegexOptions.Multiline)]
    private static partial Regex LuaString();
}

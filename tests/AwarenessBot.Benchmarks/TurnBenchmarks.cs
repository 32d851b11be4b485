using AwarenessBot.Conversation.Hosting;
using AwarenessBot.Conversation.Turns;
using AwarenessBot.Protocol.Models;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AwarenessBot.Benchmarks;

/// <summary>
/// One whole message turn inside the process, as the load run sends it (safety gate, state, search,
/// small talk, rendering for the channel), without HTTP: where a turn's CPU and allocations go.
/// Run: <c>dotnet run -c Release --project tests/AwarenessBot.Benchmarks -- --filter '*Turn*'</c>
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class TurnBenchmarks
{
    // The mix of tests/AwarenessBot.LoadTests/turns.lua: questions, danger, follow-ups, small talk, out of scope.
    private static readonly string[] Messages =
    [
        "what is human trafficking",
        "how do traffickers recruit kids online",
        "I'm 16 and my boyfriend wants me to work for his friend, he says i owe him",
        "hi",
        "what are the signs a child is being groomed",
        "how many kids are trafficked every year",
        "what's the weather in Paris tomorrow",
        "what should a hotel receptionist look out for",
        "someone is hurting me right now",
        "thanks, that helps",
        "is sex trafficking the same as smuggling",
        "how can teachers spot trafficking at school",
        "me están obligando a trabajar y no me dejan salir",
        "why do victims not ask for help",
        "can you recommend a good pizza place",
        "my manager keeps my passport and won't pay me",
    ];

    private static readonly string[] Channels = ["webchat", "msteams", "facebook"];

    private ServiceProvider _services = null!;
    private AwarenessBotHandler _bot = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var configuration = new ConfigurationBuilder().Build();
        _services = new ServiceCollection()
            .AddLogging()
            .AddAwarenessBotCore(configuration, bot => bot.Knowledge = TriageBenchmarks.FindKnowledge())
            .BuildServiceProvider();
        _bot = _services.GetRequiredService<AwarenessBotHandler>();
    }

    [Benchmark]
    public async Task<bool> Gate()
    {
        var n = _next++;
        var r = await _services.GetRequiredService<AwarenessBot.Conversation.Safety.ISafetyGate>().CheckAsync(new TurnInput(Messages[n % Messages.Length], null, "webchat", "en-US", "webchat:c" + (n % 500)), CancellationToken.None);
        return r.Reply is null;
    }

    [Benchmark]
    public int Decide()
    {
        var n = _next++;
        return _services.GetRequiredService<AwarenessBot.Knowledge.IKnowledgeSearch>().Decide(Messages[n % Messages.Length]).Hits.Count;
    }

    [Benchmark]
    public async Task<int> Pipeline()
    {
        var n = _next++;
        var r = await _services.GetRequiredService<ITurnPipeline>().RunAsync(new TurnInput(Messages[n % Messages.Length], null, "webchat", "en-US", "webchat:c" + (n % 500)), CancellationToken.None);
        return r.Messages.Count;
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark(Description = "message turn (rotating 16 messages × 3 channels, 500 conversations)")]
    public async Task<int> MessageTurn()
    {
        var n = _next++;
        var channel = Channels[n % Channels.Length];
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = "a" + n,
            ChannelId = channel,
            ServiceUrl = "http://127.0.0.1:9/",
            Conversation = new ConversationAccount { Id = "conv" + (n % 500) },
            From = new ChannelAccount { Id = "user" + (n % 500) },
            Recipient = new ChannelAccount { Id = "awarenessbot" },
            Locale = "en-US",
            Text = Messages[n % Messages.Length],
        };
        var replies = await _bot.OnTurnAsync(activity, CancellationToken.None);
        return replies.Count;
    }
}

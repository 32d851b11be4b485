using System.Text.Json;
using System.Text.RegularExpressions;
using AwarenessBot.Conversation.Hosting;
using AwarenessBot.Conversation.Turns;
using AwarenessBot.Fuzzing;
using AwarenessBot.Protocol.Models;
using CsCheck;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace AwarenessBot.Conversation.Tests.Fuzz;

/// <summary>
/// The real bot (repository knowledge, real triage, in-memory state) under random messages: surrogates,
/// control characters, RTL, emoji, 10k strings, odd locales and channels, random button payloads.
/// </summary>
public sealed partial class TurnPipelineFuzzTests(ITestOutputHelper output) : IDisposable
{
    private const long Turns = 40_000;

    private static readonly string[] Channels = ["webchat", "directline", "msteams", "facebook", "emulator", "", "x\u0000y"];
    private static readonly string?[] Locales = ["en-US", "es-MX", "en-GB", "fr-FR", "pt", null, "", "\uD800"];

    private readonly FailureCounter _failures = new();

    private ServiceProvider? _provider;

    private ServiceProvider Services => _provider ??= new ServiceCollection()
        .AddLogging(logging => logging.AddProvider(_failures))
        .AddAwarenessBotCore(new ConfigurationBuilder().Build())
        .BuildServiceProvider();

    public void Dispose() => _provider?.Dispose();

    [Fact]
    public async Task Handle_RandomMessages_NeverThrowsOneRouteAndEmergenciesCarryANumber()
    {
        var bot = Services.GetRequiredService<AwarenessBotHandler>();
        var routes = new long[Enum.GetValues<Route>().Length];
        var inputs = Gen.Select(FuzzGen.Text, Gen.OneOf(Channels), Gen.OneOf(Locales), Gen.Frequency((9, Gen.Int[0, 1_000_000]), (1, Gen.Int[0, 20])), Gen.Frequency((9, Gen.Const("")), (1, FuzzGen.Json)));

        await inputs.SampleAsync(async (text, channel, locale, conversation, value) =>
        {
            var activity = new Activity
            {
                Type = ActivityTypes.Message,
                Id = "a",
                ChannelId = channel,
                Locale = locale,
                Text = text,
                Conversation = new ConversationAccount { Id = "fuzz-" + conversation },
                From = new ChannelAccount { Id = "user" },
                Recipient = new ChannelAccount { Id = "bot" },
                Value = Payload(value),
            };

            var result = await bot.HandleAsync(activity, CancellationToken.None);

            var reply = Assert.IsType<BotReply>(result.Reply);
            Assert.True(Enum.IsDefined(reply.Route));
            Assert.NotEmpty(result.Activities);
            if (reply.Route == Route.Emergency)
            {
                Assert.Matches(PhoneNumber(), string.Join("\n", reply.Messages.Select(m => m.Text)));
            }

            Interlocked.Increment(ref routes[(int)reply.Route]);
        }, iter: Turns);

        output.WriteLine($"Turn pipeline: {routes.Sum():N0} messages; " +
            string.Join(", ", Enum.GetValues<Route>().Select(r => $"{r.ToWire()} {routes[(int)r]:N0}")));
        Assert.Equal(Turns, routes.Sum());
        // The fail-safe reply would satisfy the checks above: a fault caught inside a turn is a failure too.
        Assert.Equal(0, _failures.Count);
        Assert.True(routes[(int)Route.Emergency] > 0 && routes[(int)Route.Answer] > 0, "the generator must reach emergencies and answers");
    }

    private static JsonElement? Payload(string json)
    {
        if (json.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonDocument.Parse(json).RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Counts errors logged by the bot (TurnFailed and friends).</summary>
    private sealed class FailureCounter : ILoggerProvider
    {
        private long _count;

        public long Count => Interlocked.Read(ref _count);

        public ILogger CreateLogger(string categoryName) => new Counter(this);

        public void Dispose()
        {
        }

        private sealed class Counter(FailureCounter owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (logLevel >= LogLevel.Error)
                {
                    Interlocked.Increment(ref owner._count);
                }
            }
        }
    }

    [GeneratedRegex(@"\d{3}")]
    private static partial Regex PhoneNumber();
}

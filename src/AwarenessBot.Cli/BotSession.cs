using AwarenessBot.Conversation.Hosting;
using AwarenessBot.Conversation.Turns;
using AwarenessBot.Protocol.Models;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AwarenessBot.Cli;

/// <summary>
/// The bot as the channels run it (same DI core, pipeline and renderer), driven by typed lines:
/// each <see cref="AskAsync"/> is one message activity on the chosen channel.
/// </summary>
internal sealed class BotSession : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly AwarenessBotHandler _bot;
    private readonly CliOptions _options;

    private BotSession(ServiceProvider services, CliOptions options)
    {
        _services = services;
        _options = options;
        // Resolving the handler loads knowledge/ and throws KnowledgeLoadException on errors.
        _bot = services.GetRequiredService<AwarenessBotHandler>();
    }

    /// <summary>--knowledge, else AwarenessBot__Knowledge, else the default folder.</summary>
    public static string KnowledgeDirectory(CliOptions options) =>
        KnowledgeFolder.Resolve(options.Knowledge ?? Configuration().GetSection(AwarenessBotOptions.Section).Get<AwarenessBotOptions>()?.Knowledge);

    private static IConfiguration Configuration() => new ConfigurationBuilder().AddEnvironmentVariables().Build();

    public static BotSession Start(CliOptions options)
    {
        var configuration = Configuration();
        var services = new ServiceCollection()
            .AddLogging(logging => logging
                .SetMinimumLevel(LogLevel.Warning)
                .AddSimpleConsole()
                // stdout carries the command's output (JSON lines); diagnostics go to stderr.
                .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace))
            .AddAwarenessBotCore(configuration, bot =>
            {
                if (options.Knowledge is not null)
                {
                    bot.Knowledge = options.Knowledge;
                }
            })
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        try
        {
            return new BotSession(services, options);
        }
        catch
        {
            services.Dispose();
            throw;
        }
    }

    public static string NewConversationId() => "cli-" + Guid.NewGuid().ToString("N");

    public Task<TurnResult> AskAsync(string? text, string conversationId, CancellationToken cancellationToken, object? value = null)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = Guid.NewGuid().ToString("N"),
            Timestamp = DateTimeOffset.UtcNow,
            ChannelId = _options.Channel,
            Conversation = new ConversationAccount { Id = conversationId, ConversationType = "personal" },
            From = new ChannelAccount { Id = "cli-user", Name = "You" },
            Recipient = new ChannelAccount { Id = "awarenessbot", Name = "AwarenessBot" },
            Locale = _options.Locale,
            Text = text,
            Value = value is null ? null : System.Text.Json.JsonSerializer.SerializeToElement(value, ProtocolJson.Options),
        };
        return _bot.HandleAsync(activity, cancellationToken);
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}

using AwarenessBot.Protocol;
using AwarenessBot.Web.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AwarenessBot.Web.Tests.Messages;

/// <summary>The app with authentication off (no app id), a recording Connector, the test bot and captured logs.</summary>
public sealed class AuthOffFixture : IAsyncLifetime
{
    public RecordingConnector Connector { get; } = new();
    public TestBot Bot { get; } = new();
    public ListLoggerProvider Logs { get; } = new();
    public BotApplication App { get; private set; } = null!;
    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Connector.InitializeAsync();
        App = new BotApplication(
            new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Default"] = "Trace",
                ["BotFramework:Connector:BaseDelay"] = "00:00:00",
                ["BotFramework:Connector:MaxRetries"] = "3",
            },
            services =>
            {
                services.AddSingleton<IBot>(Bot);
                services.AddSingleton<ILoggerProvider>(Logs);
            });
        Client = App.Http;
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Connector.DisposeAsync();
    }
}

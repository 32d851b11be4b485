using AwarenessBot.Protocol;
using AwarenessBot.Protocol.Connector;
using AwarenessBot.Web.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace AwarenessBot.Web.Tests.Authentication;

/// <summary>The app as a SingleTenant bot against a loopback issuer; the outbound token is a fixed test value.</summary>
public sealed class AuthOnFixture : IAsyncLifetime
{
    public const string AppId = "8a3d5c1e-0b7f-4c2a-9e61-2f4b7d9c0a13";
    public const string TenantId = "5f0e2d1c-9b8a-4f7e-8d6c-3b2a1f0e9d8c";
    public const string OutboundToken = "outbound-test-token";

    public TokenIssuer Issuer { get; } = new();
    public RecordingConnector Connector { get; } = new();
    public BotApplication App { get; private set; } = null!;
    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Issuer.InitializeAsync();
        await Connector.InitializeAsync();
        App = new BotApplication(
            new Dictionary<string, string?>
            {
                ["MicrosoftAppType"] = "SingleTenant",
                ["MicrosoftAppId"] = AppId,
                ["MicrosoftAppPassword"] = "not-used-in-tests",
                ["MicrosoftAppTenantId"] = TenantId,
                ["ToBotFromChannelOpenIdMetadataUrl"] = Issuer.ChannelMetadataUrl.AbsoluteUri,
                ["ToBotFromEmulatorOpenIdMetadataUrl"] = Issuer.EntraMetadataUrl.AbsoluteUri,
            },
            services =>
            {
                services.AddSingleton<IBot>(new TestBot());
                services.AddSingleton<IConnectorTokenProvider>(new FixedTokenProvider());
            });
        Client = App.Http;
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Connector.DisposeAsync();
        await Issuer.DisposeAsync();
        Issuer.Dispose();
    }

    private sealed class FixedTokenProvider : IConnectorTokenProvider
    {
        public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(OutboundToken);
    }
}

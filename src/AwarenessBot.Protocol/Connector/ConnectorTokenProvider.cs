using AwarenessBot.Protocol.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace AwarenessBot.Protocol.Connector;

/// <summary>
/// Bot → Connector tokens through MSAL: client credentials for SingleTenant and legacy MultiTenant,
/// the App Service managed-identity endpoint (<c>IDENTITY_ENDPOINT</c>/<c>IDENTITY_HEADER</c>) for
/// UserAssignedMSI. MSAL caches the token in the (singleton) application and fetches a new one when
/// less than five minutes remain, so renewal before expiry comes with it.
/// </summary>
internal sealed class ConnectorTokenProvider(IOptions<BotFrameworkOptions> options) : IConnectorTokenProvider
{
    private readonly Lazy<Func<CancellationToken, Task<string>>?> _acquire = new(() => Create(options.Value));

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken) =>
        _acquire.Value is { } acquire ? await acquire(cancellationToken) : null;

    private static Func<CancellationToken, Task<string>>? Create(BotFrameworkOptions bot)
    {
        if (!bot.AuthenticationEnabled)
        {
            return null;
        }
        if (string.Equals(bot.AppType, BotAppTypes.UserAssignedMsi, StringComparison.OrdinalIgnoreCase))
        {
            var identity = ManagedIdentityApplicationBuilder.Create(ManagedIdentityId.WithUserAssignedClientId(bot.MicrosoftAppId)).Build();
            var resource = ResourceOf(bot.OAuthScope);
            return async ct => (await identity.AcquireTokenForManagedIdentity(resource).ExecuteAsync(ct)).AccessToken;
        }
        var app = ConfidentialClientApplicationBuilder.Create(bot.MicrosoftAppId)
            .WithClientSecret(bot.MicrosoftAppPassword)
            .WithAuthority(bot.LoginUrl)
            .Build();
        string[] scopes = [ScopeOf(bot.OAuthScope)];
        return async ct => (await app.AcquireTokenForClient(scopes).ExecuteAsync(ct)).AccessToken;
    }

    internal static string ScopeOf(string oauthScope) =>
        oauthScope.EndsWith("/.default", StringComparison.Ordinal) ? oauthScope : oauthScope.TrimEnd('/') + "/.default";

    internal static string ResourceOf(string oauthScope) =>
        oauthScope.EndsWith("/.default", StringComparison.Ordinal) ? oauthScope[..^"/.default".Length] : oauthScope.TrimEnd('/');
}

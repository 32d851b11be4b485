namespace AwarenessBot.Protocol.Hosting;

/// <summary>
/// The bot's identity and endpoints, bound from the app-setting names Azure's templates and the Bot
/// Framework SDKs use (<c>MicrosoftAppId</c>, …) so an operator's existing settings just work.
/// An empty <see cref="MicrosoftAppId"/> turns authentication off (local development): then the bot
/// only ever calls loopback <c>serviceUrl</c>s.
/// </summary>
public sealed class BotFrameworkOptions
{
    public const string ChannelMetadataDefault = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string EntraMetadataDefault = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";
    public const string OAuthScopeDefault = "https://api.botframework.com";

    /// <summary><c>SingleTenant</c>, <c>MultiTenant</c> (legacy; the default when empty) or <c>UserAssignedMSI</c>.</summary>
    public string? MicrosoftAppType { get; set; }
    public string? MicrosoftAppId { get; set; }
    public string? MicrosoftAppPassword { get; set; }
    public string? MicrosoftAppTenantId { get; set; }
    public string? ToBotFromChannelOpenIdMetadataUrl { get; set; }
    public string? ToBotFromEmulatorOpenIdMetadataUrl { get; set; }
    public string? ToChannelFromBotLoginUrl { get; set; }
    public string? ToChannelFromBotOAuthScope { get; set; }

    /// <summary>
    /// Optional host allow-list for <c>serviceUrl</c>s (<c>BotFramework:AllowedServiceUrlHosts</c>): exact hosts,
    /// or <c>*.suffix</c> for subdomains (e.g. <c>*.botframework.com</c>, <c>smba.trafficmanager.net</c>). Empty: no list.
    /// </summary>
    public List<string> AllowedServiceUrlHosts { get; set; } = [];

    public bool AuthenticationEnabled => !string.IsNullOrWhiteSpace(MicrosoftAppId);

    public string AppType => string.IsNullOrWhiteSpace(MicrosoftAppType) ? BotAppTypes.MultiTenant : MicrosoftAppType.Trim();

    public string ChannelMetadataUrl => Or(ToBotFromChannelOpenIdMetadataUrl, ChannelMetadataDefault);

    public string EntraMetadataUrl => Or(ToBotFromEmulatorOpenIdMetadataUrl, EntraMetadataDefault);

    public string OAuthScope => Or(ToChannelFromBotOAuthScope, OAuthScopeDefault);

    /// <summary>The MSAL authority for client credentials: our tenant (SingleTenant) or <c>botframework.com</c> (legacy MultiTenant).</summary>
    public string LoginUrl => Or(ToChannelFromBotLoginUrl, "https://login.microsoftonline.com/" +
        (string.Equals(AppType, BotAppTypes.SingleTenant, StringComparison.OrdinalIgnoreCase) ? MicrosoftAppTenantId : "botframework.com"));

    private static string Or(string? value, string fallback) => string.IsNullOrWhiteSpace(value) ? fallback : value.Trim();
}

/// <summary>Values of <c>MicrosoftAppType</c>.</summary>
public static class BotAppTypes
{
    public const string SingleTenant = "SingleTenant";
    public const string MultiTenant = "MultiTenant";
    public const string UserAssignedMsi = "UserAssignedMSI";
}

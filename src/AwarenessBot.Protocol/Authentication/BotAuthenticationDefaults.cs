namespace AwarenessBot.Protocol.Authentication;

/// <summary>Scheme names and the issuers the Bot Framework signs channel and Entra tokens with.</summary>
public static class BotAuthenticationDefaults
{
    /// <summary>The scheme <c>POST /api/messages</c> authenticates with: forwards by the token's issuer.</summary>
    public const string Scheme = "BotFramework";
    public const string ChannelScheme = "BotFramework.Channel";
    public const string EntraScheme = "BotFramework.Entra";

    /// <summary>The issuer of channel tokens (Azure Bot Service, Teams).</summary>
    public const string ChannelIssuer = "https://api.botframework.com";

    /// <summary>Tenants whose Entra-issued tokens the Bot Framework uses (Emulator, bot-to-bot, single-tenant paths).</summary>
    public static IReadOnlyList<string> BotFrameworkTenants { get; } =
    [
        "d6d49420-f39b-4df7-a1dc-d59a935871db",
        "f8cdef31-a31e-4b4a-93e4-5f571e91255a",
        "69e9b82d-4842-4902-8d1e-abc5b98a55e8",
    ];

    /// <summary>v1 and v2 Entra issuers for the Bot Framework tenants and, when set, our own.</summary>
    public static IReadOnlyList<string> EntraIssuers(string? ownTenant)
    {
        var tenants = BotFrameworkTenants.ToList();
        if (!string.IsNullOrWhiteSpace(ownTenant) && !tenants.Contains(ownTenant.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            tenants.Add(ownTenant.Trim());
        }
        return [.. tenants.SelectMany(t => new[] { $"https://sts.windows.net/{t}/", $"https://login.microsoftonline.com/{t}/v2.0" })];
    }
}

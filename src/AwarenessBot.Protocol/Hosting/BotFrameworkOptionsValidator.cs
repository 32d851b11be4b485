using Microsoft.Extensions.Options;

namespace AwarenessBot.Protocol.Hosting;

/// <summary>Startup validation of <see cref="BotFrameworkOptions"/>, with messages an operator can act on.</summary>
internal sealed class BotFrameworkOptionsValidator : IValidateOptions<BotFrameworkOptions>
{
    public ValidateOptionsResult Validate(string? name, BotFrameworkOptions options)
    {
        var problems = new List<string>();
        CheckUrl(problems, "ToBotFromChannelOpenIdMetadataUrl", options.ChannelMetadataUrl);
        CheckUrl(problems, "ToBotFromEmulatorOpenIdMetadataUrl", options.EntraMetadataUrl);
        if (!string.IsNullOrWhiteSpace(options.ToChannelFromBotLoginUrl))
        {
            CheckUrl(problems, "ToChannelFromBotLoginUrl", options.ToChannelFromBotLoginUrl);
        }
        if (!Uri.TryCreate(options.OAuthScope, UriKind.Absolute, out _))
        {
            problems.Add($"ToChannelFromBotOAuthScope '{options.OAuthScope}' is not an absolute URI.");
        }
        foreach (var host in options.AllowedServiceUrlHosts)
        {
            if (string.IsNullOrWhiteSpace(host) || host.Contains('/', StringComparison.Ordinal) || host == "*" || host.StartsWith("*.", StringComparison.Ordinal) && host.Length < 4)
            {
                problems.Add($"BotFramework:AllowedServiceUrlHosts entry '{host}' must be a host name or '*.domain'.");
            }
        }
        if (options.AuthenticationEnabled)
        {
            CheckIdentity(problems, options);
        }
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static void CheckIdentity(List<string> problems, BotFrameworkOptions options)
    {
        var type = options.AppType;
        var hasTenant = !string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId);
        var hasPassword = !string.IsNullOrWhiteSpace(options.MicrosoftAppPassword);
        if (string.Equals(type, BotAppTypes.SingleTenant, StringComparison.OrdinalIgnoreCase))
        {
            if (!hasTenant) problems.Add("MicrosoftAppType is SingleTenant but MicrosoftAppTenantId is empty: set the app registration's tenant id.");
            if (!hasPassword) problems.Add("MicrosoftAppType is SingleTenant but MicrosoftAppPassword is empty: set the app registration's client secret.");
        }
        else if (string.Equals(type, BotAppTypes.MultiTenant, StringComparison.OrdinalIgnoreCase))
        {
            if (!hasPassword) problems.Add("MicrosoftAppType is MultiTenant but MicrosoftAppPassword is empty: set the app registration's client secret.");
        }
        else if (string.Equals(type, BotAppTypes.UserAssignedMsi, StringComparison.OrdinalIgnoreCase))
        {
            if (!hasTenant) problems.Add("MicrosoftAppType is UserAssignedMSI but MicrosoftAppTenantId is empty: set the managed identity's tenant id.");
        }
        else
        {
            problems.Add($"MicrosoftAppType '{type}' is not one of SingleTenant, MultiTenant, UserAssignedMSI.");
        }
    }

    private static void CheckUrl(List<string> problems, string setting, string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
        {
            problems.Add($"{setting} '{value}' is not an absolute http(s) URL.");
        }
        else if (uri.Scheme == Uri.UriSchemeHttp && !ServiceUrls.IsLoopback(uri))
        {
            problems.Add($"{setting} '{value}' uses http:// on a host that is not loopback: use https://.");
        }
    }
}

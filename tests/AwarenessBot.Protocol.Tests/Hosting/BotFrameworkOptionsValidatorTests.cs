using AwarenessBot.Protocol.Hosting;

namespace AwarenessBot.Protocol.Tests.Hosting;

public sealed class BotFrameworkOptionsValidatorTests
{
    private const string AppId = "8a3d5c1e-0b7f-4c2a-9e61-2f4b7d9c0a13";
    private const string Tenant = "5f0e2d1c-9b8a-4f7e-8d6c-3b2a1f0e9d8c";

    [Fact]
    public void Validate_NoAppId_SucceedsWithAuthOff()
    {
        var options = new BotFrameworkOptions();

        var result = new BotFrameworkOptionsValidator().Validate(null, options);

        Assert.True(result.Succeeded);
        Assert.False(options.AuthenticationEnabled);
    }

    [Theory]
    [InlineData("SingleTenant", null, "secret", "MicrosoftAppTenantId is empty")]
    [InlineData("SingleTenant", Tenant, null, "MicrosoftAppPassword is empty")]
    [InlineData("", null, null, "MultiTenant but MicrosoftAppPassword is empty")]
    [InlineData("UserAssignedMSI", null, null, "UserAssignedMSI but MicrosoftAppTenantId is empty")]
    [InlineData("SystemAssignedMSI", Tenant, null, "is not one of SingleTenant, MultiTenant, UserAssignedMSI")]
    public void Validate_IncompleteIdentity_FailsWithActionableMessage(string type, string? tenant, string? password, string message)
    {
        var options = new BotFrameworkOptions { MicrosoftAppType = type, MicrosoftAppId = AppId, MicrosoftAppTenantId = tenant, MicrosoftAppPassword = password };

        var result = new BotFrameworkOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(message, result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://login.example.com/v1/.well-known/openidconfiguration", "uses http:// on a host that is not loopback")]
    [InlineData("ftp://127.0.0.1/meta", "is not an absolute http(s) URL")]
    [InlineData("not a url", "is not an absolute http(s) URL")]
    public void Validate_BadMetadataUrl_Fails(string url, string message)
    {
        var options = new BotFrameworkOptions { ToBotFromChannelOpenIdMetadataUrl = url };

        var result = new BotFrameworkOptionsValidator().Validate(null, options);

        Assert.Contains("ToBotFromChannelOpenIdMetadataUrl", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains(message, result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SingleTenant", "https://login.microsoftonline.com/" + Tenant)]
    [InlineData("MultiTenant", "https://login.microsoftonline.com/botframework.com")]
    public void LoginUrl_ByAppType_IsTenantAuthority(string type, string expected)
    {
        var options = new BotFrameworkOptions { MicrosoftAppType = type, MicrosoftAppId = AppId, MicrosoftAppTenantId = Tenant, MicrosoftAppPassword = "s" };

        Assert.Equal(expected, options.LoginUrl);
        Assert.True(new BotFrameworkOptionsValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public void Validate_UserAssignedMsiWithLoopbackMetadata_Succeeds()
    {
        var options = new BotFrameworkOptions
        {
            MicrosoftAppType = "UserAssignedMSI", MicrosoftAppId = AppId, MicrosoftAppTenantId = Tenant,
            ToBotFromChannelOpenIdMetadataUrl = "http://127.0.0.1:5001/v1/.well-known/openidconfiguration",
            AllowedServiceUrlHosts = ["*.botframework.com", "smba.trafficmanager.net"],
        };

        Assert.True(new BotFrameworkOptionsValidator().Validate(null, options).Succeeded);
    }
}

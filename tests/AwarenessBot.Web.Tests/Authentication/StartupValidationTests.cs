using Microsoft.Extensions.Options;

namespace AwarenessBot.Web.Tests.Authentication;

public sealed class StartupValidationTests
{
    [Theory]
    [InlineData("SingleTenant", "", "MicrosoftAppTenantId is empty")]
    [InlineData("UserAssignedMSI", "http://login.example.com/meta", "uses http:// on a host that is not loopback")]
    public void Start_InvalidBotSettings_RefusesWithClearMessage(string type, string metadataUrl, string message)
    {
        using var app = new BotApplication(new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = type,
            ["MicrosoftAppId"] = "8a3d5c1e-0b7f-4c2a-9e61-2f4b7d9c0a13",
            ["MicrosoftAppPassword"] = "secret",
            ["ToBotFromChannelOpenIdMetadataUrl"] = metadataUrl,
        });

        var error = Assert.Throws<OptionsValidationException>(() => app.BaseAddress);

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}

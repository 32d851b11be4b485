using System.Text.Json.Nodes;

namespace AwarenessBot.Deployment.Tests;

// Reads the compiled ARM JSON (what Azure receives) rather than the Bicep source.
public sealed class TemplateContentTests
{
    private static readonly JsonObject Template = JsonNode.Parse(Repository.ReadText("deploymentTemplates", "main.json"))!.AsObject();

    [Fact]
    public void AzureBot_InCompiledTemplate_IsGlobalAzureBotWithMessagesEndpoint()
    {
        var bot = Single("Microsoft.BotService/botServices");

        Assert.Equal("azurebot", (string?)bot["kind"]);
        Assert.Equal("global", (string?)bot["location"]);
        var properties = bot["properties"]!.AsObject();
        var botModule = Module("bot");
        Assert.Equal("[parameters('endpoint')]", (string?)properties["endpoint"]);
        Assert.StartsWith("[format('https://{0}/api/messages', ", (string?)botModule["properties"]!["parameters"]!["endpoint"]!["value"], StringComparison.Ordinal);
        Assert.Contains("msaAppMSIResourceId", properties.Select(p => p.Key));
        Assert.Contains("msaAppTenantId", properties.Select(p => p.Key));
    }

    [Fact]
    public void AppTypeParameter_InCompiledTemplate_AllowsOnlySingleTenantAndManagedIdentity()
    {
        var allowed = Template["parameters"]!["appType"]!["allowedValues"]!.AsArray().Select(v => (string?)v);

        Assert.Equal(["SingleTenant", "UserAssignedMSI"], allowed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Channels_InCompiledTemplate_AreTeamsFacebookDirectLineAndWebChat()
    {
        var channels = Resources().Where(r => (string?)r["type"] == "Microsoft.BotService/botServices/channels")
            .Select(r => (string?)r["properties"]!["channelName"])
            .Order(StringComparer.Ordinal);

        Assert.Equal(["DirectLineChannel", "FacebookChannel", "MsTeamsChannel", "WebChatChannel"], channels);
    }

    [Fact]
    public void FacebookChannel_WithoutParameters_IsNotDeployedAndTakesSecretsSecurely()
    {
        var facebook = Resources().Single(r => (string?)r["properties"]?["channelName"] == "FacebookChannel");

        Assert.NotNull(facebook["condition"]);
        foreach (var secret in new[] { "facebookAppSecret", "facebookPageAccessToken", "microsoftAppPassword" })
        {
            Assert.Equal("securestring", (string?)Template["parameters"]![secret]!["type"]);
        }
    }

    [Fact]
    public void DirectLineSite_InCompiledTemplate_UsesEnhancedAuthenticationWithTrustedOrigins()
    {
        var site = Resources().Single(r => (string?)r["properties"]?["channelName"] == "DirectLineChannel")
            ["properties"]!["properties"]!["sites"]!.AsArray().Single()!;

        Assert.True((bool?)site["isSecureSiteEnabled"]);
        Assert.NotNull(site["trustedOrigins"]);
        Assert.False((bool?)site["isV1Enabled"]);
    }

    [Fact]
    public void WebApp_InCompiledTemplate_RunsDotnet10OnLinuxOverHttpsOnly()
    {
        var site = Single("Microsoft.Web/sites")["properties"]!.AsObject();
        var config = site["siteConfig"]!.AsObject();

        Assert.True((bool?)site["httpsOnly"]);
        Assert.Equal("DOTNETCORE|10.0", (string?)config["linuxFxVersion"]);
        Assert.Equal("1.2", (string?)config["minTlsVersion"]);
        Assert.Equal("Disabled", (string?)config["ftpsState"]);
    }

    [Theory]
    [InlineData("MicrosoftAppType")]
    [InlineData("MicrosoftAppId")]
    [InlineData("MicrosoftAppPassword")]
    [InlineData("MicrosoftAppTenantId")]
    [InlineData("AwarenessBot__DefaultRegion")]
    public void WebAppSettings_InCompiledTemplate_IncludeWhatTheBotReads(string setting)
    {
        // Settings appear as literal names, or quoted inside an ARM expression when they are conditional.
        var strings = Strings(Module("webapp")).ToList();

        Assert.Contains(strings, s => s == setting || s.Contains($"'{setting}'", StringComparison.Ordinal));
    }

    [Fact]
    public void ParametersExample_ComparedWithTemplate_NamesOnlyDeclaredParametersAndNoSecrets()
    {
        var example = JsonNode.Parse(Repository.ReadText("deploymentTemplates", "main.parameters.example.json"))!["parameters"]!.AsObject();
        var declared = Template["parameters"]!.AsObject();

        foreach (var (name, _) in example)
        {
            Assert.True(declared.ContainsKey(name), $"{name} is not a parameter of main.bicep");
            Assert.NotEqual("securestring", (string?)declared[name]!["type"]);
        }
    }

    private static JsonObject Module(string name) =>
        Resources().Single(r => (string?)r["type"] == "Microsoft.Resources/deployments" && (string?)r["name"] == name);

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => Strings(p.Value)),
        JsonArray array => array.SelectMany(Strings),
        JsonValue value when value.TryGetValue<string>(out var s) => [s],
        _ => [],
    };

    private static JsonObject Single(string type) => Resources().Single(r => (string?)r["type"] == type);

    // Module resources sit inside nested deployments; walk every template in the file.
    private static IEnumerable<JsonObject> Resources() => Walk(Template);

    private static IEnumerable<JsonObject> Walk(JsonNode? node) => node switch
    {
        JsonObject obj => (obj["type"] is JsonValue type && type.TryGetValue<string>(out var t) && t.StartsWith("Microsoft.", StringComparison.Ordinal)
                ? [obj]
                : Enumerable.Empty<JsonObject>())
            .Concat(obj.SelectMany(p => Walk(p.Value))),
        JsonArray array => array.SelectMany(Walk),
        _ => [],
    };
}

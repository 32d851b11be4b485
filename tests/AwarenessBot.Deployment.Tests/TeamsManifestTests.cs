using System.Text.Json.Nodes;

namespace AwarenessBot.Deployment.Tests;

public sealed class TeamsManifestTests
{
    private static string ManifestPath => Path.Combine(Repository.TeamsTemplate, "manifest.json");

    private static JsonObject Manifest => JsonNode.Parse(File.ReadAllText(ManifestPath))!.AsObject();

    [NodeFact]
    public async Task Manifest_AgainstBundledSchema_IsValid()
    {
        var result = await ManifestValidator.ValidateAsync(ManifestPath, CancellationToken.None);

        Assert.True(result.ExitCode == 0, result.All);
    }

    [NodeFact]
    public async Task Validator_WithBrokenManifest_ReportsTheProblems()
    {
        // Proves the check can fail: a name over 30 characters and an unknown scope must both be caught.
        var broken = Manifest;
        broken["name"]!["short"] = new string('x', 31);
        broken["bots"]![0]!["scopes"]!.AsArray().Add("meeting");
        var path = Path.Combine(Path.GetTempPath(), $"awarenessbot-broken-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, broken.ToJsonString(), CancellationToken.None);
        try
        {
            var result = await ManifestValidator.ValidateAsync(path, CancellationToken.None);

            Assert.Equal(1, result.ExitCode);
            Assert.Contains("/name/short", result.Output, StringComparison.Ordinal);
            Assert.Contains("/bots/0/scopes", result.Output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Manifest_Bot_IsConversationalInPersonalTeamAndGroupChat()
    {
        var bot = Manifest["bots"]!.AsArray().Single()!;

        Assert.Equal(["groupChat", "personal", "team"], bot["scopes"]!.AsArray().Select(s => (string?)s).Order(StringComparer.Ordinal));
        Assert.False((bool?)bot["isNotificationOnly"]);
        Assert.False((bool?)bot["supportsFiles"]);
        Assert.NotEmpty(bot["commandLists"]![0]!["commands"]!.AsArray());
    }

    [Fact]
    public void Manifest_Schema_MatchesManifestVersionAndIconsNameTheShippedFiles()
    {
        var manifest = Manifest;

        Assert.Equal(
            $"https://developer.microsoft.com/json-schemas/teams/v{(string?)manifest["manifestVersion"]}/MicrosoftTeams.schema.json",
            (string?)manifest["$schema"]);
        Assert.Equal("color.png", (string?)manifest["icons"]!["color"]);
        Assert.Equal("outline.png", (string?)manifest["icons"]!["outline"]);
    }

    [Fact]
    public void Manifest_Description_SaysTheOrganisationMayRetainChats()
    {
        var full = (string?)Manifest["description"]!["full"];

        Assert.Contains("organisation may keep a record of chats", full, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("bot", full, StringComparison.OrdinalIgnoreCase);
    }
}

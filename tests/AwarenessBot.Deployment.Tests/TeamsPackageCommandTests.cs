using System.IO.Compression;
using System.Text.Json.Nodes;
using AwarenessBot.Cli.TeamsPackage;

namespace AwarenessBot.Deployment.Tests;

public sealed class TeamsPackageCommandTests : IDisposable
{
    private const string AppId = "3f2b8c1d-5e6a-4b7c-9d8e-0f1a2b3c4d5e";
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("awarenessbot-teams-");
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    private string ZipPath => Path.Combine(_work.FullName, "out", "awarenessbot-teams.zip");

    [Fact]
    public async Task Run_WithAppIdAndDomain_WritesExactlyThreeFilesAtZipRoot()
    {
        var exit = await RunAsync("--app-id", AppId, "--out", ZipPath, "--domain", "bot-abc.azurewebsites.net");

        Assert.Equal(0, exit);
        using var zip = ZipFile.OpenRead(ZipPath);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Run_WithAppIdAndDomain_FillsIdsDomainAndWebsite()
    {
        await RunAsync("--app-id", AppId.ToUpperInvariant(), "--out", ZipPath, "--domain", "Bot-ABC.azurewebsites.net");

        var manifest = ReadZippedManifest();
        Assert.Equal(AppId, (string?)manifest["id"]);
        Assert.Equal(AppId, (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal(["bot-abc.azurewebsites.net"], manifest["validDomains"]!.AsArray().Select(d => (string?)d));
        Assert.Equal("https://bot-abc.azurewebsites.net/", (string?)manifest["developer"]!["websiteUrl"]);
    }

    [Fact]
    public async Task Run_WithOptionalValues_AppliesThem()
    {
        var teamsAppId = Guid.NewGuid().ToString("D");

        var exit = await RunAsync("--app-id", AppId, "--out", ZipPath, "--teams-app-id", teamsAppId, "--name", "Safeguarding Help",
            "--version", "1.4.0", "--privacy-url", "https://ngo.example.net/privacy", "--terms-url", "https://ngo.example.net/terms");

        Assert.Equal(0, exit);
        var manifest = ReadZippedManifest();
        Assert.Equal(teamsAppId, (string?)manifest["id"]);
        Assert.Equal(AppId, (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal("Safeguarding Help", (string?)manifest["name"]!["short"]);
        Assert.Equal("1.4.0", (string?)manifest["version"]);
        Assert.Equal("https://ngo.example.net/privacy", (string?)manifest["developer"]!["privacyUrl"]);
    }

    [Fact]
    public async Task Run_WithTemplateFound_ZipsTheCommittedIconsUnchanged()
    {
        await RunAsync("--app-id", AppId, "--out", ZipPath);

        using var zip = ZipFile.OpenRead(ZipPath);
        foreach (var icon in new[] { "color.png", "outline.png" })
        {
            using var entry = zip.GetEntry(icon)!.Open();
            using var copy = new MemoryStream();
            await entry.CopyToAsync(copy);
            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(Repository.TeamsTemplate, icon)), copy.ToArray());
        }
    }

    [Fact]
    public async Task Run_WithPlaceholderDeveloperUrls_WarnsButSucceeds()
    {
        var exit = await RunAsync("--app-id", AppId, "--out", ZipPath);

        Assert.Equal(0, exit);
        Assert.Contains("privacyUrl", _error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--app-id", "not-a-guid", "--out", "{out}")]
    [InlineData("--app-id", "{3f2b8c1d-5e6a-4b7c-9d8e-0f1a2b3c4d5e}", "--out", "{out}")]
    [InlineData("--out", "{out}")]
    [InlineData("--app-id", AppId)]
    [InlineData("--app-id", AppId, "--out", "{out}", "--domain", "https://bot.example.net/")]
    [InlineData("--app-id", AppId, "--out", "{out}", "--name", "A name that is longer than thirty characters")]
    [InlineData("--app-id", AppId, "--out", "{out}", "--version", "v1")]
    [InlineData("--app-id", AppId, "--out", "{out}", "--privacy-url", "http://ngo.example.net/privacy")]
    [InlineData("--app-id", AppId, "--out", "{out}", "--colour", "red")]
    [InlineData("--app-id", AppId, "--out")]
    public async Task Run_WithBadArguments_Returns2AndWritesNothing(params string[] args)
    {
        var exit = await RunAsync([.. args.Select(a => a == "{out}" ? ZipPath : a)]);

        Assert.Equal(2, exit);
        Assert.Contains("usage:", _error.ToString(), StringComparison.Ordinal);
        Assert.Empty(_work.GetFiles("*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Run_WithMissingTemplateFolder_Returns1()
    {
        var exit = await RunAsync("--app-id", AppId, "--out", ZipPath, "--template", _work.FullName);

        Assert.Equal(1, exit);
        Assert.False(File.Exists(ZipPath));
    }

    [NodeFact]
    public async Task PackagedManifest_AgainstBundledSchema_IsValid()
    {
        await RunAsync("--app-id", AppId, "--out", ZipPath, "--domain", "bot-abc.azurewebsites.net", "--name", "Awareness");
        var extracted = Path.Combine(_work.FullName, "manifest.json");
        await File.WriteAllTextAsync(extracted, ReadZippedManifest().ToJsonString());

        var result = await ManifestValidator.ValidateAsync(extracted, CancellationToken.None);

        Assert.True(result.ExitCode == 0, result.All);
    }

    public void Dispose()
    {
        _output.Dispose();
        _error.Dispose();
        _work.Delete(recursive: true);
    }

    // No --template: the command finds deploymentTemplates/teams upward from the test's bin folder, as it does from a clone.
    private Task<int> RunAsync(params string[] args) =>
        TeamsPackageCommand.RunAsync(args, _output, _error, CancellationToken.None);

    private JsonObject ReadZippedManifest()
    {
        using var zip = ZipFile.OpenRead(ZipPath);
        using var stream = zip.GetEntry("manifest.json")!.Open();
        return JsonNode.Parse(stream)!.AsObject();
    }
}

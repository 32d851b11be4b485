using System.Text.Json.Nodes;

namespace AwarenessBot.Deployment.Tests;

public sealed class BicepTemplateTests : IDisposable
{
    private readonly DirectoryInfo _output = Directory.CreateTempSubdirectory("awarenessbot-bicep-");

    [Fact]
    public async Task BicepBuild_MainTemplate_HasNoWarningsOrErrors()
    {
        var result = await BicepAsync("build", "main.bicep", "--outdir", _output.FullName);

        Assert.True(result.ExitCode == 0, result.All);
        AssertClean(result);
    }

    [Fact]
    public async Task BicepLint_MainTemplateAndModules_HasNoFindings()
    {
        var result = await BicepAsync("lint", "main.bicep");

        Assert.True(result.ExitCode == 0, result.All);
        AssertClean(result);
    }

    [Fact]
    public async Task CommittedMainJson_ComparedWithFreshBuild_IsIdentical()
    {
        var result = await BicepAsync("build", "main.bicep", "--outdir", _output.FullName);
        Assert.True(result.ExitCode == 0, result.All);

        var fresh = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(_output.FullName, "main.json"), CancellationToken.None));
        var committed = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Repository.Templates, "main.json"), CancellationToken.None));

        // The generator block names the Bicep version and a hash of the source; everything else must match exactly.
        Assert.True(
            JsonNode.DeepEquals(WithoutGenerator(fresh), WithoutGenerator(committed)),
            "deploymentTemplates/main.json is stale: run `bicep build deploymentTemplates/main.bicep` (Bicep 0.49.2) and commit it");
    }

    public void Dispose() => _output.Delete(recursive: true);

    private static Task<ProcessRunner.Result> BicepAsync(params string[] arguments) =>
        ProcessRunner.RunAsync(Repository.BicepExecutable, arguments, Repository.Templates, CancellationToken.None);

    // Type findings (BCP0xx) are printed as warnings and do not change the exit code, so read the text.
    private static void AssertClean(ProcessRunner.Result result)
    {
        var findings = result.All
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => line.Contains("Warning", StringComparison.OrdinalIgnoreCase)
                || line.Contains("Error", StringComparison.OrdinalIgnoreCase)
                || line.Contains(" BCP", StringComparison.Ordinal))
            .ToList();
        Assert.True(findings.Count == 0, string.Join('\n', findings));
    }

    private static JsonNode? WithoutGenerator(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                obj.Remove("_generator");
                foreach (var child in obj.Select(p => p.Value).ToList())
                {
                    WithoutGenerator(child);
                }
                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    WithoutGenerator(child);
                }
                break;
        }
        return node;
    }
}

using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;

[assembly: InternalsVisibleTo("AwarenessBot.Deployment.Tests")]

namespace AwarenessBot.Cli.TeamsPackage;

/// <summary>`awarenessbot teams-package --app-id GUID --out FILE.zip`: writes the Teams app package.</summary>
internal static class TeamsPackageCommand
{
    private const string TemplateFolder = "deploymentTemplates/teams";

    /// <summary>Runs the command with the arguments after its name; returns the process exit code (0 ok, 2 usage, 1 failure).</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var options = TeamsPackageOptions.Parse(args, out var problem);
        if (options is null)
        {
            await error.WriteLineAsync($"teams-package: {problem}");
            await error.WriteLineAsync(TeamsPackageOptions.Usage);
            return 2;
        }

        var template = options.TemplateDirectory ?? FindTemplateDirectory();
        if (template is null || !HasTemplateFiles(template))
        {
            await error.WriteLineAsync(
                $"teams-package: cannot find {TemplateFolder} with manifest.json, color.png and outline.png; run from the repository or pass --template");
            return 1;
        }

        JsonObject manifest;
        try
        {
            await using var stream = File.OpenRead(Path.Combine(template, TeamsPackageWriter.ManifestFile));
            manifest = await JsonNode.ParseAsync(stream, cancellationToken: cancellationToken) as JsonObject
                ?? throw new JsonException("manifest.json is not a JSON object");
        }
        catch (JsonException ex)
        {
            await error.WriteLineAsync($"teams-package: {template}/manifest.json is not valid JSON: {ex.Message}");
            return 1;
        }

        TeamsPackageWriter.FillManifest(manifest, options);
        try
        {
            await TeamsPackageWriter.WriteZipAsync(template, manifest, options.OutputPath, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"teams-package: cannot write {options.OutputPath}: {ex.Message}");
            return 1;
        }

        await output.WriteLineAsync($"Wrote {options.OutputPath} (bot {options.AppId:D}, app {options.TeamsAppId:D}).");
        foreach (var field in TeamsPackageWriter.PlaceholderUrls(manifest))
        {
            // Not fatal: a test tenant can sideload the package as is, but an organisation should publish its own pages.
            await error.WriteLineAsync(
                $"teams-package: warning: developer.{field} still points at {TeamsPackageWriter.PlaceholderHost}; pass your organisation's page.");
        }
        return 0;
    }

    // The template ships with the repository; look upward from the working directory, then from the binary.
    private static string? FindTemplateDirectory()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, TemplateFolder);
                if (HasTemplateFiles(candidate))
                {
                    return candidate;
                }
            }
        }
        return null;
    }

    private static bool HasTemplateFiles(string directory) =>
        File.Exists(Path.Combine(directory, TeamsPackageWriter.ManifestFile))
        && File.Exists(Path.Combine(directory, TeamsPackageWriter.ColorIcon))
        && File.Exists(Path.Combine(directory, TeamsPackageWriter.OutlineIcon));
}

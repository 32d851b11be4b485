namespace AwarenessBot.Deployment.Tests;

/// <summary>A fact that needs node and the manifest checker's node_modules (`npm ci` in tests/.../manifest; .ci/run does it).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class NodeFactAttribute : FactAttribute
{
    public NodeFactAttribute()
    {
        if (!ManifestValidator.IsAvailable)
        {
            Skip = $"needs node and `npm ci` in {ManifestValidator.Folder} (.ci/run installs them)";
        }
    }
}

/// <summary>Runs manifest/validate-manifest.js: the schema bundled in @microsoft/app-manifest, no network.</summary>
internal static class ManifestValidator
{
    public static string Folder => Repository.ManifestChecker;

    public static bool IsAvailable =>
        Directory.Exists(Path.Combine(Folder, "node_modules", "@microsoft", "app-manifest"))
        && Directory.Exists(Path.Combine(Folder, "node_modules", "fs-extra"))
        && FindNode() is not null;

    public static Task<ProcessRunner.Result> ValidateAsync(string manifestPath, CancellationToken cancellationToken) =>
        ProcessRunner.RunAsync(FindNode()!, ["validate-manifest.js", manifestPath], Folder, cancellationToken);

    private static string? FindNode() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "node"))
            .FirstOrDefault(File.Exists);
}

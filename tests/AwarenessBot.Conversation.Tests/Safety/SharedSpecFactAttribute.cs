namespace AwarenessBot.Conversation.Tests.Safety;

/// <summary>
/// A test over the spec folder's public files (../shared next to the repository, or AWARENESSBOT_SHARED).
/// Reported as skipped, with the reason, where neither exists (a clone without the spec, e.g. GitHub CI);
/// where one exists the test runs, so a missing file inside it still fails loudly.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SharedSpecFactAttribute : FactAttribute
{
    public SharedSpecFactAttribute()
    {
        Skip = SkipReason(Environment.GetEnvironmentVariable("AWARENESSBOT_SHARED"), SafetyTestData.RepositoryRoot);
    }

    /// <summary>Why the test cannot run here, or null when a spec folder is configured or present.</summary>
    internal static string? SkipReason(string? configured, string repositoryRoot) =>
        !string.IsNullOrEmpty(configured) || Directory.Exists(Path.Combine(repositoryRoot, "..", "shared"))
            ? null
            : $"no spec folder: set AWARENESSBOT_SHARED or place it at {Path.GetFullPath(Path.Combine(repositoryRoot, "..", "shared"))}";
}

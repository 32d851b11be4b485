using System.Diagnostics;

namespace AwarenessBot.Web.Tests.DirectLine;

/// <summary>Finds node and a test's node folder; runs a script with bounded waits.</summary>
public static class NodeTool
{
    public static string TestFolder(params string[] parts) =>
        Path.Combine([FindRepoRoot(), "tests", "AwarenessBot.Web.Tests", .. parts]);

    /// <summary>Why the node tests cannot run here, or null when they can.</summary>
    public static string? Missing(string folder)
    {
        if (!OnPath("node"))
        {
            return "node is not installed (install Node.js 20+)";
        }

        return Directory.Exists(Path.Combine(folder, "node_modules"))
            ? null
            : $"node_modules is missing: run `npm ci` in {folder}";
    }

    public static Process Start(string folder, string script, params string[] args)
    {
        var info = new ProcessStartInfo("node") { WorkingDirectory = folder, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(script);
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        return Process.Start(info)!;
    }

    private static bool OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(d => File.Exists(Path.Combine(d, name)));

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "AwarenessBot.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("AwarenessBot.sln not found above the test output.");
    }
}

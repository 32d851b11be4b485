using System.Diagnostics;
using System.Reflection;
using System.Runtime.Versioning;

// The Bicep CLI referenced here is the linux-x64 build, and CI runs on Linux.
[assembly: SupportedOSPlatform("linux")]

namespace AwarenessBot.Deployment.Tests;

/// <summary>Paths the tests work on, passed in by the build (see the csproj's AssemblyMetadata items).</summary>
internal static class Repository
{
    public static string Root { get; } = Metadata("RepositoryRoot");

    public static string Templates => Path.Combine(Root, "deploymentTemplates");

    public static string TeamsTemplate => Path.Combine(Templates, "teams");

    public static string ManifestChecker => Path.Combine(Root, "tests", "AwarenessBot.Deployment.Tests", "manifest");

    public static string BicepExecutable
    {
        get
        {
            var path = Path.Combine(Metadata("BicepPackagePath"), "tools", "bicep");
            // NuGet does not always keep the executable bit when it extracts a package.
            var mode = File.GetUnixFileMode(path);
            if (!mode.HasFlag(UnixFileMode.UserExecute))
            {
                File.SetUnixFileMode(path, mode | UnixFileMode.UserExecute);
            }
            return path;
        }
    }

    public static string ReadText(params string[] relative) => File.ReadAllText(Path.Combine([Root, .. relative]));

    private static string Metadata(string key) =>
        typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == key)?.Value is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"assembly metadata {key} is missing: rebuild the test project");
}

/// <summary>Runs a program to completion and captures what it printed.</summary>
internal static class ProcessRunner
{
    public sealed record Result(int ExitCode, string Output, string Error)
    {
        public string All => Output + Error;
    }

    public static async Task<Result> RunAsync(string fileName, IEnumerable<string> arguments, string workingDirectory, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(3));
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {fileName}");
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return new Result(process.ExitCode, await output, await error);
    }
}

using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace AwarenessBot.Deployment.Tests;

public sealed partial class CiConfigurationTests
{
    private static readonly string[] SkippedFolders = ["node_modules", "bin", "obj", ".git"];

    [Fact]
    public void CiRun_Steps_EachHaveAnExecutableScript()
    {
        foreach (var step in CiRunSteps())
        {
            var script = Path.Combine(Repository.Root, ".ci", "steps", $"{step}.sh");
            Assert.True(File.Exists(script), $"{script} is missing");
        }
        Assert.True(File.GetUnixFileMode(Path.Combine(Repository.Root, ".ci", "run")).HasFlag(UnixFileMode.UserExecute));
    }

    [Fact]
    public void Workflow_Steps_RunTheCiRunScriptsInTheSameOrder()
    {
        var scripts = WorkflowSteps()
            .Select(step => Scalar(step, "run"))
            .OfType<string>()
            .Select(run => StepScript().Match(run))
            .Select(match => match.Success ? match.Groups[1].Value : "<not a .ci/steps script>");

        Assert.Equal([.. CiRunSteps(), "summary"], scripts);
    }

    [Fact]
    public void Workflow_Summary_RunsEvenAfterAFailedStep()
    {
        var summary = WorkflowSteps().Single(step => Scalar(step, "run")?.Contains("summary.sh", StringComparison.Ordinal) == true);

        Assert.Equal("always()", Scalar(summary, "if"));
    }

    [Fact]
    public void Workflow_Job_UsesUbuntuWithDotnetFromGlobalJsonAndNode()
    {
        var job = Job();
        var uses = WorkflowSteps().Select(step => Scalar(step, "uses")).OfType<string>().ToList();
        var dotnet = WorkflowSteps().Single(step => Scalar(step, "uses")?.StartsWith("actions/setup-dotnet@", StringComparison.Ordinal) == true);

        Assert.Equal("ubuntu-latest", Scalar(job, "runs-on"));
        Assert.Contains(uses, u => u.StartsWith("actions/checkout@", StringComparison.Ordinal));
        Assert.Contains(uses, u => u.StartsWith("actions/setup-node@", StringComparison.Ordinal));
        Assert.Equal("global.json", Scalar((YamlMappingNode)dotnet["with"], "global-json-file"));
    }

    [Fact]
    public void Dependabot_Npm_CoversEveryPackageJsonFolder()
    {
        var npm = Directories("npm");
        var folders = PackageJsonFolders(Repository.Root).ToList();

        Assert.NotEmpty(folders);
        Assert.All(folders, folder => Assert.Contains(folder, npm));
    }

    [Theory]
    [InlineData("nuget")]
    [InlineData("github-actions")]
    public void Dependabot_Ecosystem_CoversRepositoryRoot(string ecosystem)
    {
        Assert.Contains("/", Directories(ecosystem));
    }

    [Fact]
    public async Task Summary_WithRecordedCounts_PrintsTotalsAndFailsOnAnyFailure()
    {
        var counts = Path.GetTempFileName();
        await File.WriteAllLinesAsync(counts, ["test 41 1", "conformance 7 0", "install 0 0"]);
        try
        {
            var result = await ProcessRunner.RunAsync("bash", ["-c", $"CI_COUNTS='{counts}' bash .ci/steps/summary.sh"], Repository.Root, CancellationToken.None);

            Assert.Equal("48 passed, 1 failed", result.Output.Trim().Split('\n')[^1]);
            Assert.NotEqual(0, result.ExitCode);
        }
        finally
        {
            File.Delete(counts);
        }
    }

    private static List<string> CiRunSteps()
    {
        var match = StepsLine().Match(Repository.ReadText(".ci", "run"));
        Assert.True(match.Success, ".ci/run must declare STEPS=(...)");
        return [.. match.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)];
    }

    private static YamlMappingNode Job()
    {
        var jobs = (YamlMappingNode)Load(".github", "workflows", "ci.yml")["jobs"];
        return (YamlMappingNode)jobs.Children.Values.Single();
    }

    private static IEnumerable<YamlMappingNode> WorkflowSteps() => ((YamlSequenceNode)Job()["steps"]).Cast<YamlMappingNode>();

    private static HashSet<string> Directories(string ecosystem)
    {
        var updates = ((YamlSequenceNode)Load(".github", "dependabot.yml")["updates"]).Cast<YamlMappingNode>()
            .Where(u => Scalar(u, "package-ecosystem") == ecosystem)
            .ToList();
        var single = updates.Select(u => Scalar(u, "directory")).OfType<string>();
        var many = updates.Where(u => u.Children.ContainsKey("directories"))
            .SelectMany(u => ((YamlSequenceNode)u["directories"]).Select(d => ((YamlScalarNode)d).Value!));
        return [.. single.Concat(many).Select(d => d.TrimEnd('/') is "" ? "/" : d.TrimEnd('/'))];
    }

    private static IEnumerable<string> PackageJsonFolders(string root)
    {
        foreach (var dir in Directory.EnumerateDirectories(root).Where(d => !SkippedFolders.Contains(Path.GetFileName(d))))
        {
            if (File.Exists(Path.Combine(dir, "package.json")))
            {
                yield return "/" + Path.GetRelativePath(Repository.Root, dir).Replace('\\', '/');
            }
            foreach (var nested in PackageJsonFolders(dir))
            {
                yield return nested;
            }
        }
    }

    private static YamlMappingNode Load(params string[] path)
    {
        var yaml = new YamlStream();
        using var reader = new StringReader(Repository.ReadText(path));
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(key, out var value) && value is YamlScalarNode scalar ? scalar.Value : null;

    [GeneratedRegex(@"^STEPS=\(([^)]*)\)", RegexOptions.Multiline)]
    private static partial Regex StepsLine();

    [GeneratedRegex(@"^bash \.ci/steps/([a-z-]+)\.sh$")]
    private static partial Regex StepScript();
}

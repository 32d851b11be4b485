using System.Text.RegularExpressions;

namespace AwarenessBot.Cli.Tests;

public sealed partial class ValidateCommandTests
{
    [Fact]
    public async Task Validate_BrokenFolder_PrintsFileLineProblemsAndFails()
    {
        var run = await CliRunner.RunAsync(string.Empty, "validate", "--knowledge", CliRunner.Fixture("broken"));

        Assert.Equal(1, run.ExitCode);
        var problems = run.Lines.Where(l => ProblemLine().IsMatch(l)).ToList();
        Assert.Contains(problems, l => l.Contains("broken-entry.md", StringComparison.Ordinal));
        Assert.Contains("error(s)", run.Lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_MissingFolder_Fails()
    {
        var run = await CliRunner.RunAsync(string.Empty, "validate", "--knowledge", Path.Combine(Path.GetTempPath(), "no-such-knowledge-" + Guid.NewGuid()));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("knowledge folder not found", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_RepositoryKnowledge_Succeeds()
    {
        var run = await CliRunner.RunAsync(string.Empty, "validate");

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains(" 0 error(s)", run.Lines[^1], StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^\S[^:]*:\d+: ")]
    private static partial Regex ProblemLine();
}

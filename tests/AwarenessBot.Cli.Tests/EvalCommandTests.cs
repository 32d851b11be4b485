using System.Text.RegularExpressions;
using AwarenessBot.Cli.Commands;

namespace AwarenessBot.Cli.Tests;

public sealed partial class EvalCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("awarenessbot-eval-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Set(string name, params string[] rows)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllLines(path, ["# expect<TAB>pattern<TAB>message", .. rows]);
        return path;
    }

    [Fact]
    public async Task Eval_SetWithAFailure_PrintsFailureFiguresAndSummaryAndFails()
    {
        var path = Set(
            "mixed.tsv",
            "emergency\t911\the locked me in the room and took my phone",
            "not-emergency\t-\twhat is sextortion",
            "fallback\t-\tqwxz blorp zzkv vrrm",
            "answer\tid:what-is-human-trafficking\tqwxz blorp zzkv vrrm");

        var run = await CliRunner.RunAsync(string.Empty, "eval", path);

        Assert.Equal(1, run.ExitCode);
        var failure = Assert.Single(run.Lines, l => l.StartsWith("FAIL ", StringComparison.Ordinal));
        Assert.StartsWith("FAIL mixed.tsv:5: expected answer", failure, StringComparison.Ordinal);
        var figures = Assert.Single(run.Lines, l => l.StartsWith("mixed.tsv:", StringComparison.Ordinal));
        Assert.Contains("emergency recall 1.000 (1/1)", figures, StringComparison.Ordinal);
        Assert.Contains("false-emergency rate 0.000 (0/3)", figures, StringComparison.Ordinal);
        Assert.Contains("answer accuracy 0.000 (0/1)", figures, StringComparison.Ordinal);
        Assert.Contains("fallback accuracy 1.000 (1/1)", figures, StringComparison.Ordinal);
        Assert.Equal("3 passed, 1 failed", run.Lines[^1]);
    }

    [Fact]
    public async Task Eval_EntryIdInFourthColumn_PassesWhenAnswered()
    {
        var path = Set("fourth.tsv", "answer\t.\twhat is human trafficking\twhat-is-human-trafficking");

        var run = await CliRunner.RunAsync(string.Empty, "eval", path);

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Equal("1 passed, 0 failed", run.Lines[^1]);
    }

    [Fact]
    public async Task Eval_MalformedRow_ReportsFileLineAndUsageCode()
    {
        var path = Set("bad.tsv", "maybe\t-\twhat");

        var run = await CliRunner.RunAsync(string.Empty, "eval", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Matches(BadRowLine(), run.Error);
    }

    [Theory]
    [InlineData("answer\tforce\tq", "answer", "e1", "Force, fraud or coercion", true)]
    [InlineData("answer\tforce\tq", "clarify", null, "force", false)]
    [InlineData("answer\tid:e1\tq", "answer", "e2", "anything", false)]
    [InlineData("answer\t.\tq\te1", "answer", "e1", "anything", true)]
    [InlineData("fallback\t-\tq", "smalltalk", null, "hi", true)]
    [InlineData("fallback\t-\tq", "answer", "e1", "x", false)]
    [InlineData("not-emergency\t-\tq", "emergency", null, "call 911", false)]
    [InlineData("any\t-\tq", "emergency", null, "call 911", true)]
    public void Check_RowAgainstReply_PassesOnlyWhenRouteIdAndPatternHold(string row, string route, string? entryId, string text, bool passes)
    {
        var file = Set("one.tsv", row);
        var parsed = Assert.Single(EvalSet.Read(file).Rows);

        var failure = EvalCommand.Check(parsed, new AskLine("q", route, entryId, 0.5, text));

        Assert.Equal(passes, failure is null);
    }

    [GeneratedRegex(@"bad\.tsv:2: ")]
    private static partial Regex BadRowLine();
}

namespace AwarenessBot.Cli.Tests;

public sealed class ExplainCommandTests
{
    [Fact]
    public async Task Explain_DangerMessageFromArguments_ShowsNormalisedTextGroupsAndEmergency()
    {
        var run = await CliRunner.RunAsync(string.Empty, "explain", "my", "boss", "took", "my", "passport");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("normalised: my bos tok my pasport", run.Lines[0]);
        Assert.Contains("near papers-held", run.Lines[1], StringComparison.Ordinal);
        Assert.StartsWith("verdict:  emergency (", run.Lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_MessagesFromInput_OneExplanationEach()
    {
        var run = await CliRunner.RunAsync("what is trafficking\n\ntell me a joke\n", "explain");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(2, run.Lines.Count(l => l.StartsWith("normalised: ", StringComparison.Ordinal)));
        Assert.Contains("verdict:  not an emergency (reads as an awareness question)", run.Lines);
        Assert.Contains("groups:   none", run.Lines);
    }

    [Fact]
    public async Task Explain_FolderWithoutSafetyData_PrintsTheProblemAndFails()
    {
        var folder = Directory.CreateTempSubdirectory("explain-").FullName;
        try
        {
            var run = await CliRunner.RunAsync(string.Empty, "explain", "hello", "--knowledge", folder);

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("triage-lexicon.txt", run.Output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

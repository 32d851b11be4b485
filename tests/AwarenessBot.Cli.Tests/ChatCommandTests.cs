namespace AwarenessBot.Cli.Tests;

public sealed class ChatCommandTests
{
    [Fact]
    public async Task Chat_NumberPicksAButton_AnswersThatEntry()
    {
        var run = await CliRunner.RunAsync("hello\n1\n", "chat");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("[1] ", run.Output, StringComparison.Ordinal);
        Assert.Contains("Source:", run.Output, StringComparison.Ordinal);
    }
}

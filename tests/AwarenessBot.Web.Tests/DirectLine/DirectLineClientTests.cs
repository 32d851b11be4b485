using AwarenessBot.Web.Tests.Fakes;
using Xunit.Abstractions;
using static AwarenessBot.Web.Tests.DirectLine.DirectLineTestExtensions;

namespace AwarenessBot.Web.Tests.DirectLine;

/// <summary>The real botframework-directlinejs client (npm, under node) against the running host.</summary>
public sealed class DirectLineClientTests(ITestOutputHelper output)
{
    [Fact]
    public async Task DirectLineJs_PollingWebSocketResumeRefreshExpiry_AllHold()
    {
        var folder = NodeTool.TestFolder("DirectLine", "node");
        if (NodeTool.Missing(folder) is { } why)
        {
            // xunit 2 has no dynamic skip; say plainly why nothing ran and how to run it.
            output.WriteLine($"SKIPPED: {why}. `.ci/run` installs it.");
            return;
        }

        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        using var host = DirectLineApp(clock: clock);
        using var node = NodeTool.Start(folder, "client-check.js", host.BaseAddress.ToString().TrimEnd('/'));
        using var cut = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var lines = new List<string>();

        while (await node.StandardOutput.ReadLineAsync(cut.Token) is { } line)
        {
            lines.Add(line);
            output.WriteLine(line);
            if (line == "WAITING expire")
            {
                clock.Advance(TimeSpan.FromSeconds(1801));
                await node.StandardInput.WriteLineAsync("go");
                await node.StandardInput.FlushAsync(cut.Token);
            }
        }

        await node.WaitForExitAsync(cut.Token);
        output.WriteLine(await node.StandardError.ReadToEndAsync(cut.Token));
        Assert.Equal(0, node.ExitCode);
        Assert.Equal(5, lines.Count(l => l.StartsWith("ok ", StringComparison.Ordinal)));
    }
}

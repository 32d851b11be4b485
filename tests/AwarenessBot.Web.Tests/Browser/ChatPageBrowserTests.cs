using AwarenessBot.Web.Tests.DirectLine;
using Xunit.Abstractions;
using static AwarenessBot.Web.Tests.DirectLine.DirectLineTestExtensions;

namespace AwarenessBot.Web.Tests.Browser;

/// <summary>
/// The chat page in Debian's chromium, driven by playwright-core under node, against the real bot.
/// Opt-in: set AWARENESSBOT_BROWSER_TESTS=1 after `apt-get install -y chromium` and `npm ci` in
/// tests/AwarenessBot.Web.Tests/Browser/node (`.ci/run` does all three).
/// </summary>
public sealed class ChatPageBrowserTests(ITestOutputHelper output)
{
    [Fact]
    public async Task ChatPage_InChromium_WelcomesAnswersEscalatesAndExitsForGood()
    {
        var folder = NodeTool.TestFolder("Browser", "node");
        var chromium = Environment.GetEnvironmentVariable("CHROMIUM") ?? "/usr/bin/chromium";
        var why = Environment.GetEnvironmentVariable("AWARENESSBOT_BROWSER_TESTS") != "1" ? "AWARENESSBOT_BROWSER_TESTS is not 1"
            : !File.Exists(chromium) ? $"{chromium} is missing (apt-get install -y chromium)"
            : NodeTool.Missing(folder);
        if (why is not null)
        {
            output.WriteLine($"SKIPPED: {why}. To run: apt-get install -y chromium; npm ci in {folder}; AWARENESSBOT_BROWSER_TESTS=1 dotnet test.");
            return;
        }

        var shots = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(shots);
        using var host = DirectLineApp(realBot: Environment.GetEnvironmentVariable("AWARENESSBOT_BROWSER_TEST_BOT") != "1");
        using var node = NodeTool.Start(folder, "chat-page-check.js", host.BaseAddress.ToString(), shots);
        using var cut = new CancellationTokenSource(TimeSpan.FromSeconds(240));

        var report = await node.StandardOutput.ReadToEndAsync(cut.Token);
        await node.WaitForExitAsync(cut.Token);
        output.WriteLine(report);
        output.WriteLine($"screenshots in {shots}");

        Assert.True(node.ExitCode == 0, report);
    }
}

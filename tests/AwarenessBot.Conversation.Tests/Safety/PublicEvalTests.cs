using System.Text.RegularExpressions;
using AwarenessBot.Conversation.State;
using AwarenessBot.Conversation.Turns;
using AwarenessBot.Conversation.Safety;

namespace AwarenessBot.Conversation.Tests.Safety;

public sealed class PublicEvalTests
{
    [SharedSpecFact]
    public async Task DangerTsv_EveryRow_RoutesAsExpected()
    {
        var path = SafetyTestData.SharedFile("eval/danger.tsv");
        Assert.True(File.Exists(path), $"public eval set not found at {path} (set AWARENESSBOT_SHARED to the spec folder)");
        var gate = new SafetyGate(SafetyTestData.Catalog, new MemoryStateStore(), TimeProvider.System, new SafetyOptions());
        var failures = new List<string>();
        foreach (var (expect, pattern, message, line) in SafetyTestData.ReadTsv(path))
        {
            var result = await gate.CheckAsync(new TurnInput(message, null, "test", "en-US", $"row-{line}"), CancellationToken.None);
            var emergency = result.Reply?.Route == Route.Emergency;
            var text = string.Join('\n', result.Reply?.Messages.Select(m => m.Text) ?? []);
            var ok = expect switch
            {
                "emergency" => emergency && (pattern == "-" || Regex.IsMatch(text, pattern, RegexOptions.IgnoreCase)),
                "not-emergency" => !emergency,
                _ => true,
            };
            if (!ok)
            {
                failures.Add($"line {line}: expected {expect}: {message}");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }
}

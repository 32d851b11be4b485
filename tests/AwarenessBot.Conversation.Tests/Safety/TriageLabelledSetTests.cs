using System.Text.RegularExpressions;
using AwarenessBot.Conversation.Safety;
using AwarenessBot.Conversation.Turns;
using Xunit.Abstractions;

namespace AwarenessBot.Conversation.Tests.Safety;

/// <summary>
/// The project's own labelled set (Safety/Data/triage-*.tsv), written independently of the spec's
/// eval sets. Recall over precision: at least 98% of danger messages must reach emergency guidance, and at
/// most 3% of near-miss awareness questions may. Every miss is printed so a reviewer sees exactly what slips.
/// </summary>
public sealed class TriageLabelledSetTests(ITestOutputHelper output)
{
    /// <summary>The labelled set and every held-out batch (triage-heldout-N.tsv) once it has been measured and fixed.</summary>
    public static TheoryData<string> Sets() => [.. SetNames()];

    private static IEnumerable<string> SetNames() =>
        Directory.GetFiles(DataFolder, "triage-*.tsv").Select(file => Path.GetFileName(file)).Order(StringComparer.Ordinal);

    private static string DataFolder => Path.GetDirectoryName(SafetyTestData.DataFile("triage-labelled.tsv"))!;

    [Fact]
    public void LabelledSets_Together_HoldAtLeast200OfEachKind()
    {
        var rows = SetNames().SelectMany(set => SafetyTestData.ReadTsv(Path.Combine(DataFolder, set))).ToList();

        Assert.True(rows.Count(r => r.Expect == "emergency") >= 200 && rows.Count(r => r.Expect != "emergency") >= 200,
            "the labelled sets need at least 200 rows of each kind");
    }

    // Each set on its own: a pooled figure could hide one batch falling below the bar.
    [Theory]
    [MemberData(nameof(Sets))]
    public async Task LabelledSet_RecallAndFalseEmergencyRate_MeetTargets(string set)
    {
        var rows = SafetyTestData.ReadTsv(Path.Combine(DataFolder, set))
            .Select(row => (row.Expect, row.Pattern, row.Message, Line: $"{Path.GetFileNameWithoutExtension(set)}:{row.Line}"))
            .ToList();
        var gate = new SafetyGate(SafetyTestData.Catalog, new MemoryStateStore(), TimeProvider.System, new SafetyOptions());
        int danger = 0, caught = 0, nearMisses = 0, falseAlarms = 0;
        foreach (var (expect, pattern, message, line) in rows)
        {
            var result = await gate.CheckAsync(new TurnInput(message, null, "test", "en-US", $"row-{line}"), CancellationToken.None);
            var emergency = result.Reply?.Route == Route.Emergency;
            var text = string.Join('\n', result.Reply?.Messages.Select(m => m.Text) ?? []);
            var (normalized, groups) = SafetyTestData.Catalog.TriageEngine.Explain(message);
            if (expect == "emergency")
            {
                danger++;
                var ok = emergency && (pattern == "-" || Regex.IsMatch(text, pattern, RegexOptions.IgnoreCase));
                caught += ok ? 1 : 0;
                if (!ok)
                {
                    output.WriteLine($"MISSED line {line}: {message}  [{normalized}]");
                }
            }
            else
            {
                nearMisses++;
                falseAlarms += emergency ? 1 : 0;
                if (emergency)
                {
                    output.WriteLine($"FALSE ALARM line {line}: {message}  [{normalized}] <- {string.Join(", ", groups)}");
                }
            }
        }

        var recall = (double)caught / danger;
        var falseRate = (double)falseAlarms / nearMisses;
        output.WriteLine($"danger {danger}, caught {caught}, recall {recall:P1}; near misses {nearMisses}, false alarms {falseAlarms}, rate {falseRate:P1}");
        Assert.True(danger > 0 && nearMisses > 0, $"{set} needs danger messages and near misses");
        Assert.True(recall >= 0.98, $"recall {recall:P1} below 98%");
        Assert.True(falseRate <= 0.03, $"false-emergency rate {falseRate:P1} above 3%");
    }
}

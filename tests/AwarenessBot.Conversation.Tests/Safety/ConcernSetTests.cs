using Xunit.Abstractions;

namespace AwarenessBot.Conversation.Tests.Safety;

/// <summary>
/// Held-out concern sets (Safety/Data/concern-*.tsv, rows <c>worry|plain&lt;TAB&gt;message</c>): a red flag that is not a
/// happening-right-now emergency must be handled (an emergency, or a fallback that leads with the hotline), and an
/// everyday message sharing its words must be neither. At least 90% of worry rows handled, at most 5% of plain rows
/// flagged; every miss is printed so a reviewer sees exactly what slips.
/// </summary>
public sealed class ConcernSetTests(ITestOutputHelper output)
{
    public static TheoryData<string> Sets() => [.. SetNames()];

    private static IEnumerable<string> SetNames() =>
        Directory.GetFiles(DataFolder, "concern-*.tsv").Select(file => Path.GetFileName(file)).Order(StringComparer.Ordinal);

    private static string DataFolder => Path.GetDirectoryName(SafetyTestData.DataFile("triage-labelled.tsv"))!;

    [Fact]
    public void ConcernSets_Exist()
    {
        Assert.NotEmpty(SetNames());
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void ConcernSet_WorriesHandled_PlainMessagesLeftAlone(string set)
    {
        var name = Path.GetFileNameWithoutExtension(set);
        int worries = 0, handled = 0, emergencies = 0, plain = 0, flagged = 0;
        foreach (var (fields, line) in SafetyTestData.ReadRows(Path.Combine(DataFolder, set), 2))
        {
            var (kind, message) = (fields[0], fields[1]);
            Assert.True(kind is "worry" or "plain", $"{name}:{line}: kind must be worry or plain, not '{kind}'");
            var analysis = SafetyTestData.Catalog.TriageEngine.Analyse(message);
            var raised = analysis.IsEmergency || analysis.IsConcern;
            if (kind == "worry")
            {
                worries++;
                handled += raised ? 1 : 0;
                emergencies += analysis.IsEmergency ? 1 : 0;
                if (!raised)
                {
                    output.WriteLine($"WORRY MISSED {name}:{line}: {message}  [{Explain(message)}]");
                }
            }
            else
            {
                plain++;
                flagged += raised ? 1 : 0;
                if (raised)
                {
                    var verdict = analysis.IsEmergency ? "emergency" : "concern";
                    output.WriteLine($"PLAIN FLAGGED ({verdict}) {name}:{line}: {message}  [{Explain(message)}]");
                }
            }
        }

        var handledRate = (double)handled / worries;
        var flaggedRate = (double)flagged / plain;
        output.WriteLine($"worry {worries}, handled {handled} ({handledRate:P1}), of which emergency {emergencies}; plain {plain}, flagged {flagged} ({flaggedRate:P1})");
        Assert.True(worries > 0 && plain > 0, $"{set} needs worry and plain rows");
        Assert.True(handledRate >= 0.90, $"worry rows handled {handledRate:P1}, below 90%");
        Assert.True(flaggedRate <= 0.05, $"plain rows flagged {flaggedRate:P1}, above 5%");
    }

    private static string Explain(string message)
    {
        var (normalized, groups) = SafetyTestData.Catalog.TriageEngine.Explain(message);
        return groups.Count == 0 ? normalized : $"{normalized} <- {string.Join(", ", groups)}";
    }
}

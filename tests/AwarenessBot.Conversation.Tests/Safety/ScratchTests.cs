using System.Diagnostics;
using AwarenessBot.Conversation.Safety;
using Xunit.Abstractions;

namespace AwarenessBot.Conversation.Tests.Safety;

public sealed class ScratchTests(ITestOutputHelper output)
{
    [Fact]
    public void Scratch()
    {
        output.WriteLine($"us NFD {"é".Normalize(System.Text.NormalizationForm.FormD).Length} NFKC {"Ｈｅｌｐ".Normalize(System.Text.NormalizationForm.FormKC)} {System.Globalization.CultureInfo.CurrentCulture.Name}");
        var sw = Stopwatch.StartNew();
        var (catalog, problems) = SafetyCatalog.Load(SafetyTestData.KnowledgeDirectory, DateTimeOffset.UtcNow, true);
        output.WriteLine(string.Join("\n", problems));
        var lex = typeof(SafetyCatalog).GetProperty("Lexicon", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance);
        foreach (var t in File.ReadAllLines("/tmp/probe.txt"))
        {
            if (catalog is null || t.Length == 0) continue;
            var (n, g) = catalog.TriageEngine.Explain(t);
            output.WriteLine($"PROBE {catalog.TriageEngine.Analyse(t).IsEmergency} | {t} | {n} | {string.Join(", ", g)}");
        }
        if (catalog is null) return;
        var longText = string.Concat(Enumerable.Repeat("I was thinking about what my teacher said in class today about the project and ", 130));
        for (var k = 0; k < 3; k++)
        {
            sw.Restart();
            var r2 = catalog.TriageEngine.Analyse(longText);
            output.WriteLine($"long {longText.Length}: {sw.Elapsed.TotalMicroseconds} us {r2.IsEmergency}");
        }
    }
}

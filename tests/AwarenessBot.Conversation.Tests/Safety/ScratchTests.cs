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
        var longT = catalog.Lexicon.Normalizer.Normalize(string.Concat(Enumerable.Repeat("I was thinking about what my teacher said in class today about the project and ", 130)));
        foreach (var (fam, rx) in catalog.Lexicon.FamilyChecks)
        {
            var c = new System.Text.RegularExpressions.Regex(rx.ToString(), System.Text.RegularExpressions.RegexOptions.Compiled | System.Text.RegularExpressions.RegexOptions.ExplicitCapture);
            c.IsMatch(longT);
            sw.Restart();
            c.IsMatch(longT);
            output.WriteLine($"fam {fam.Name}: {sw.Elapsed.TotalMicroseconds} us");
        }
        AppContext.SetData("REGEX_NONBACKTRACKING_MAX_AUTOMATA_SIZE", 1000000);
        var big = new System.Text.RegularExpressions.Regex(catalog.Lexicon.Signals.ToString(), System.Text.RegularExpressions.RegexOptions.NonBacktracking | System.Text.RegularExpressions.RegexOptions.ExplicitCapture);
        for (var k = 0; k < 5; k++)
        {
            sw.Restart();
            var m = big.Match(longT);
            output.WriteLine($"nb long: {sw.Elapsed.TotalMicroseconds} us {m.Success}");
            sw.Restart();
            m = big.Match("i am stuck here and cant leave");
            output.WriteLine($"nb short: {sw.Elapsed.TotalMicroseconds} us {m.Success}");
        }
        output.WriteLine($"load {sw.ElapsedMilliseconds} ms");
        foreach (var text in new[] { "hello", "I was raped", "help me now please", "what is sextortion", "i'm stuck here and can't leave" })
        {
            sw.Restart();
            var r = catalog.TriageEngine.Analyse(text);
            output.WriteLine($"{sw.Elapsed.TotalMicroseconds} us {r} :: {catalog.Lexicon.Normalizer.Normalize(text)}");
        }
        var longText = string.Concat(Enumerable.Repeat("I was thinking about what my teacher said in class today about the project and ", 130));
        for (var k = 0; k < 3; k++)
        {
            sw.Restart();
            var r2 = catalog.TriageEngine.Analyse(longText);
            output.WriteLine($"long {longText.Length}: {sw.Elapsed.TotalMicroseconds} us {r2.IsEmergency}");
        }
    }
}

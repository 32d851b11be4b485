using System.Text.RegularExpressions;
using AwarenessBot.Conversation.Safety;
using CsCheck;

namespace AwarenessBot.Conversation.Tests.Safety;

/// <summary>
/// The prefix filter is a speed-up only: on every triage message we have, and on variants of them, the groups the
/// real lexicon reports with the filter are exactly those it reports when every group is tried at every scan match.
/// </summary>
public sealed partial class GroupMatcherEquivalenceTests
{
    private static readonly string[] Leads = ["i ", "my friend ", "please ", "she said ", "we "];

    private static SafetyLexicon Lexicon => SafetyTestData.Catalog.Lexicon;

    private static string LexiconPath => Path.Combine(SafetyTestData.KnowledgeDirectory, SafetyCatalog.Folder, SafetyCatalog.LexiconFile);

    [Fact]
    public void Matches_LabelledSetsAndLexiconExamplesWithVariants_SameGroupsAsTryingEveryGroup()
    {
        var messages = Directory.GetFiles(Path.GetDirectoryName(SafetyTestData.DataFile("triage-labelled.tsv"))!, "*.tsv")
            .SelectMany(file => SafetyTestData.ReadTsv(file).Select(row => row.Message))
            .Concat(File.ReadLines(LexiconPath).Where(line => line.StartsWith("+ ", StringComparison.Ordinal) || line.StartsWith("- ", StringComparison.Ordinal)).Select(line => line[2..]))
            .ToList();

        var hit = AssertSameGroups(messages.SelectMany(Variants));

        // Not vacuous: over a thousand messages, and every signal group found somewhere by both.
        Assert.True(messages.Count > 1000, $"only {messages.Count} messages");
        Assert.Equal(Lexicon.Signals.Groups.Select(g => g.Family.Name).Distinct().Order(StringComparer.Ordinal), hit.Order(StringComparer.Ordinal));
    }

    [SharedSpecFact]
    public void Matches_PublicDangerSetWithVariants_SameGroupsAsTryingEveryGroup()
    {
        var messages = SafetyTestData.ReadTsv(SafetyTestData.SharedFile("eval/danger.tsv")).Select(row => row.Message).ToList();

        var hit = AssertSameGroups(messages.SelectMany(Variants));

        Assert.True(hit.Count >= 10, $"only {hit.Count} groups found");
    }

    [Fact]
    public void Matches_RandomTextsOfLexiconWords_SameGroupsAsTryingEveryGroup()
    {
        var words = WordPattern().Matches(File.ReadAllText(LexiconPath)).Select(m => m.Value).Distinct(StringComparer.Ordinal).ToArray();
        var examples = File.ReadLines(LexiconPath).Where(line => line.StartsWith("+ ", StringComparison.Ordinal))
            .Select(line => line[2..].Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(w => w.Length > 0).ToArray();
        // Runs of an example's words (as often as single words), so that texts reach the groups often.
        var run = Gen.OneOf(examples).SelectMany(w => Gen.Int[0, w.Length - 1].SelectMany(from => Gen.Int[from + 1, w.Length]
            .Select(to => string.Join(' ', w[from..to]))));
        var hits = 0L;

        Gen.Frequency((1, Gen.OneOf(words)), (1, run)).Array[1, 8].Select(w => string.Join(' ', w)).Sample(text =>
        {
            Interlocked.Add(ref hits, AssertSameGroups([text]).Count);
        }, iter: 5_000);

        // Enough texts reach a group for the comparison to mean something. Not tight: as the lexicon grows, a random run
        // of its words hits a group less often (about 1,000 hits in 5,000 texts at 4,300 words; 1,000 was once the bar).
        Assert.True(words.Length > 500 && hits > 400, $"{words.Length} words, {hits} group hits");
    }

    [Fact]
    public void Groups_MostSignalGroups_HavePrefixesToFilterBy()
    {
        var prefixes = Lexicon.Signals.Prefixes;

        Assert.Equal(Lexicon.Signals.Groups.Count, prefixes.Count);
        Assert.True(prefixes.Count(g => g.Elsewhere is not null) * 4 >= prefixes.Count * 3, "fewer than three quarters of the groups are filtered");
    }

    // The distinct group names found, after checking both matchers report the same (group, index, length) list.
    private static HashSet<string> AssertSameGroups(IEnumerable<string> texts)
    {
        var filtered = Lexicon.Signals;
        _ = filtered.Prefixes; // read in the background: compare against the filter, not the start-up fallback
        Assert.True(filtered.IsFiltering);
        var everyGroup = filtered.Unfiltered();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            var normalized = Lexicon.Normalizer.Normalize(text);
            var expected = Found(everyGroup, normalized);
            Assert.True(expected.SequenceEqual(Found(filtered, normalized)),
                $"\"{normalized}\": expected {string.Join(", ", expected)}, filtered {string.Join(", ", Found(filtered, normalized))}");
            names.UnionWith(expected.Select(e => e.Group));
        }

        return names;
    }

    private static List<(string Group, int Index, int Length)> Found(GroupMatcher matcher, string normalized)
    {
        var found = new List<(string Group, int Index, int Length)>();
        matcher.Matches(normalized, ref found, static (ref List<(string, int, int)> list, SafetyFamily family, int index, int length) =>
            list.Add((family.Name, index, length)));
        return found;
    }

    // The message, each word dropped, each word doubled, and a few leads put before it.
    private static IEnumerable<string> Variants(string message)
    {
        var words = message.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        yield return message;
        for (var i = 0; i < words.Length; i++)
        {
            yield return string.Join(' ', words.Take(i).Concat(words.Skip(i + 1)));
            yield return string.Join(' ', words.Take(i + 1).Concat(words.Skip(i)));
        }

        foreach (var lead in Leads)
        {
            yield return lead + message;
        }
    }

    [GeneratedRegex("[a-z]+")]
    private static partial Regex WordPattern();
}

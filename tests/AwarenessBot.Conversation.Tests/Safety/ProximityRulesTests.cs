using AwarenessBot.Conversation.Safety;
using AwarenessBot.Knowledge;

namespace AwarenessBot.Conversation.Tests.Safety;

/// <summary>The [near] group kind: parsing (file:line problems), matching within a window, awareness and ignore.</summary>
public sealed class ProximityRulesTests : IDisposable
{
    private readonly LexiconFiles _files = new();

    private const string Lexicon = """
        words boss = boss, the owner, he
        words holds = keeps, took, has all
        words papers = passport, papers, id card

        [near papers-held | Trafficking]
        # test group
        within 6: {boss} + {holds} + {papers}
        + the owner has all our papers
        - my boss keeps a spare key

        [ignore harmless]
        (?:embassy|office) keeps my passport

        [awareness questions]
        ^how do\b
        """;

    public void Dispose() => _files.Dispose();

    private (SafetyLexicon? Lexicon, List<KnowledgeProblem> Problems) Parse(string text) =>
        _files.Parse(text, "pasport passprt = passport\n");

    private SafetyTriage Triage() => new(Parse(Lexicon).Lexicon ?? throw new InvalidOperationException("lexicon did not parse"));

    [Theory]
    [InlineData("my boss keeps my passport")]
    [InlineData("the owner has all our papers and wont give them back")]
    [InlineData("he took my passprt")]
    [InlineData("my passport is what the boss keeps")]
    public void Assess_AllSlotsWithinWindow_IsEmergency(string message)
    {
        var result = Triage().Assess(message);

        Assert.True(result.IsEmergency);
        Assert.Equal(SafetySituation.Trafficking, result.Situations);
    }

    [Theory]
    [InlineData("my boss keeps telling me i work too slowly and that i should really go and renew my passport")]
    [InlineData("my boss keeps a spare key")]
    [InlineData("how do traffickers keep the passport of a victim, he said")]
    [InlineData("the embassy keeps my passport for two weeks, he said")]
    [InlineData("")]
    public void Assess_SlotMissingOutsideWindowAwarenessOrIgnored_IsNotEmergency(string message)
    {
        Assert.False(Triage().Assess(message).IsEmergency);
    }

    [Theory]
    [InlineData("boss one two three keeps passport", true)]
    [InlineData("boss one two three four keeps passport", false)]
    [InlineData("passport one two three four keeps boss", false)]
    [InlineData("my boss has all passport", true)]
    [InlineData("my boss has passport", false)]
    public void Assess_WindowOfSixWords_CountsFromFirstToLastSlotWord(string message, bool emergency)
    {
        Assert.Equal(emergency, Triage().Assess(message).IsEmergency);
    }

    [Fact]
    public void Explain_NearGroupFires_NamesIt()
    {
        var (_, groups) = Triage().Explain("the owner keeps my passport");

        Assert.Contains("near papers-held", groups);
    }

    [Theory]
    [InlineData("within 6: {boss}", 3, "at least two slots")]
    [InlineData("within 1: {boss} + {papers}", 3, "window")]
    [InlineData("within 6: {nobody} + {papers}", 3, "unknown word class")]
    [InlineData("within 6: {boss} + he|passport", 3, "share `he`")]
    [InlineData("my boss (?:took|has) my passport", 3, "within N:")]
    [InlineData("within 6: {boss} + ,", 3, "empty")]
    public void Parse_MalformedNearLine_ReportsFileAndLine(string line, int expectedLine, string expected)
    {
        var (lexicon, problems) = Parse($"words boss = boss, he\n[near bad | Trafficking]\n{line}\n+ my boss took my passport\nwords papers = passport\n");

        Assert.Null(lexicon);
        var problem = Assert.Single(problems, p => p.Message.Contains(expected, StringComparison.Ordinal));
        Assert.Equal(expectedLine, problem.Line);
        Assert.EndsWith("triage-lexicon.txt", problem.File, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WordsLineDefinedTwiceOrMalformed_ReportsBoth()
    {
        var (_, problems) = Parse("words a = x\nwords a = y\nwords b\n[near g | General]\nwithin 4: {a} + z\n+ x z\n");

        Assert.Contains(problems, p => p.Line == 2 && p.Message.Contains("defined twice", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Line == 3 && p.Message.Contains("words name =", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("words staff = boss, {papers}")]
    [InlineData("words staff = boss, owner}")]
    public void Parse_ClassNameInsideWordsList_IsAnErrorNotALiteralWord(string line)
    {
        var (lexicon, problems) = Parse($"words papers = passport\n{line}\n[near g | General]\nwithin 4: {{staff}} + {{papers}}\n+ boss passport\n");

        Assert.Null(lexicon);
        Assert.Contains(problems, p => p.Line == 2 && p.Message.Contains("not expanded inside a words list", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_WithinLineOutsideNearGroup_IsAnError()
    {
        var (_, problems) = Parse("[danger d | General]\nhelp\nwithin 4: a + b\n");

        Assert.Contains(problems, p => p.Line == 3 && p.Message.Contains("belongs in a [near] or [worry] group", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_FailingNearExamples_AreReportedAtTheirLines()
    {
        var (_, problems) = Parse(Lexicon.Replace("+ the owner has all our papers", "+ the owner likes our papers", StringComparison.Ordinal)
            .Replace("- my boss keeps a spare key", "- my boss keeps my id card", StringComparison.Ordinal));

        Assert.Contains(problems, p => p.Line == 8 && p.Message.Contains("not caught by group `papers-held`", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Line == 9 && p.Message.Contains("[near]", StringComparison.Ordinal));
    }

    // The per-message positions are on the stack, or pooled once the lexicon outgrows the stack's share: a growing
    // lexicon once made every message allocate 2.4 KB here without anyone noticing.
    [Theory]
    [InlineData(1)]   // 3 slots: on the stack
    [InlineData(400)] // 1,200 slots: pooled
    public void Match_AnyNumberOfRules_AllocatesNothingPerMessage(int rules)
    {
        var lexicon = Lexicon + string.Concat(Enumerable.Range(0, rules).Select(i => $"""

            [near extra-{i} | Trafficking]
            within 5: w{i}a + w{i}b + w{i}c
            """));
        var parsed = Parse(lexicon).Lexicon ?? throw new InvalidOperationException("lexicon did not parse");
        var message = parsed.Normalizer.Normalize("the owner has all our papers");
        Func<string, int, int, bool> ignored = parsed.IsIgnored; // one delegate, as triage keeps
        parsed.Proximity.Match(message, ignored);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var found = parsed.Proximity.Match(message, ignored);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.Equal(SafetySituation.Trafficking, found);
    }
}

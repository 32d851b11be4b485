using AwarenessBot.Conversation.Safety;

namespace AwarenessBot.Conversation.Tests.Safety;

/// <summary>
/// [worry] groups: a worrying sign that is not an emergency. They never make an alarm; they make
/// <see cref="TriageAnalysis.IsConcern"/> true, so that a fallback points to the hotline first, and their examples are
/// checked at load like every other group's.
/// </summary>
public sealed class WorryGroupsTests : IDisposable
{
    private readonly LexiconFiles _files = new();

    private const string Lexicon = """
        words person = coworker, neighbour, she, he
        words sign = never goes out, speaks for her

        [danger held | Trafficking]
        (?:keeps|kept|took) my passport

        [ignore fiction]
        in the (?:novel|film)[a-z ]*

        [worry signs-in-someone-else | Bystander]
        within 8: {person} + {sign}
        + my neighbour never goes out

        [worry help-without-context | General]
        ^what do i do$
        + what do i do
        """;

    public void Dispose() => _files.Dispose();

    private SafetyTriage Triage(string lexicon = Lexicon)
    {
        var (parsed, problems) = _files.Parse(lexicon);
        return new SafetyTriage(parsed ?? throw new InvalidOperationException(string.Join("; ", problems)));
    }

    [Theory]
    [InlineData("my coworker never goes out and her husband speaks for her")] // a proximity rule
    [InlineData("what do i do")] // a pattern
    public void Analyse_WorryingSign_IsConcernNeverEmergency(string message)
    {
        var analysis = Triage().Analyse(message);

        Assert.False(analysis.IsEmergency);
        Assert.Equal(SafetySituation.None, analysis.Situations);
        Assert.True(analysis.IsConcern);
        Assert.False(analysis.Silenced);
    }

    [Theory]
    [InlineData("what do i do to help")]
    [InlineData("my coworker goes out a lot")]
    [InlineData("in the novel she never goes out")] // the sign sits inside an [ignore] phrase
    public void Analyse_NoWorryingSign_IsNoConcern(string message)
    {
        var analysis = Triage().Analyse(message);

        Assert.False(analysis.IsEmergency);
        Assert.False(analysis.IsConcern);
    }

    [Fact]
    public void Analyse_Emergency_IsNotAlsoAConcern()
    {
        var analysis = Triage().Analyse("my boss kept my passport and she never goes out");

        Assert.True(analysis.IsEmergency);
        Assert.False(analysis.IsConcern);
    }

    // The worry check runs only when asked for: a turn that answers never pays for it.
    [Fact]
    public void Analyse_WorryCheck_IsDeferredUntilAsked()
    {
        var asked = 0;
        var analysis = Triage().Analyse("what do i do") with { WorryCheck = () => ++asked > 0 };

        Assert.Equal(0, asked);
        Assert.True(analysis.ConcernCheck());
        Assert.Equal(1, asked);
    }

    [Fact]
    public void Assess_WorryingSign_IsNotAnEmergency()
    {
        var result = Triage().Assess("my neighbour never goes out, what do i do");

        Assert.False(result.IsEmergency);
    }

    [Theory]
    [InlineData("+ my neighbour goes out a lot", "does not raise worry group `signs-in-someone-else`")]
    [InlineData("- she never goes out", "marked `-` raises worry group `signs-in-someone-else`")]
    public void Parse_WorryExampleThatFails_IsReportedAtItsLine(string example, string problem)
    {
        var lexicon = $"""
            words person = neighbour, she
            [worry signs-in-someone-else | Bystander]
            within 8: {"{person}"} + never goes out
            {example}
            """;

        // The parser reports failing examples; the catalog then refuses to load (SafetyCatalogTests).
        var (_, problems) = _files.Parse(lexicon);

        var found = Assert.Single(problems);
        Assert.Equal(4, found.Line);
        Assert.Contains(problem, found.Message, StringComparison.Ordinal);
    }

    // A worry rule must not leak into the weak [near] rules, where it would raise an alarm.
    [Fact]
    public void Parse_WorryRules_StayOutOfTheNearRules()
    {
        var (parsed, _) = _files.Parse(Lexicon);

        Assert.NotNull(parsed);
        Assert.Empty(parsed.Proximity.Rules);
        Assert.Single(parsed.Worries.Rules);
    }
}

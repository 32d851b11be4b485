using AwarenessBot.Conversation.Safety;

namespace AwarenessBot.Conversation.Tests.Safety;

/// <summary>
/// Signs that stand down, and when they must not. <see cref="TriageAnalysis.Silenced"/>: a danger sign that did not count (inside an [ignore] phrase, or a weak sign
/// in an awareness question) is reported, so that a fallback can point to the hotline instead of brushing it off.
/// </summary>
public sealed class SilencedSignsTests : IDisposable
{
    private readonly LexiconFiles _files = new();

    private const string Lexicon = """
        [danger held | Trafficking]
        (?:keeps|kept|took) my passport

        [weak third-person | General]
        (?:she|he) is trapped

        [ignore past]
        years ago [a-z ]*(?:keeps|kept|took) my passport

        [awareness questions]
        ^what if\b
        \bhow do\b
        """;

    public void Dispose() => _files.Dispose();

    private SafetyTriage Triage()
    {
        var (lexicon, problems) = _files.Parse(Lexicon);
        return new SafetyTriage(lexicon ?? throw new InvalidOperationException(string.Join("; ", problems)));
    }

    [Theory]
    [InlineData("years ago my boss kept my passport")]
    [InlineData("what if she is trapped")]
    public void Analyse_SignThatDidNotCount_IsSilencedNotEmergency(string message)
    {
        var analysis = Triage().Analyse(message);

        Assert.False(analysis.IsEmergency);
        Assert.True(analysis.Silenced);
    }

    [Theory]
    [InlineData("my boss kept my passport", true)]
    [InlineData("she is trapped", true)]
    [InlineData("what is a passport", false)]
    public void Analyse_CountedSignOrNoSign_IsNotSilenced(string message, bool emergency)
    {
        var analysis = Triage().Analyse(message);

        Assert.Equal(emergency, analysis.IsEmergency);
        Assert.False(analysis.Silenced);
    }

    private static readonly string[] Filler = "and then we talked about the weather".Split(' ');

    // Harmless words, as many as asked for.
    private static string Words(int count) => string.Join(' ', Enumerable.Range(0, count).Select(i => Filler[i % Filler.Length]));

    // A story of someone held, with a question tacked on the end, is not an awareness question.
    [Fact]
    public void Analyse_LongStoryEndingInAQuestion_WeakSignStillCounts()
    {
        var story = $"{Words(30)} she is trapped {Words(30)} anyway how do i file my taxes";

        var analysis = Triage().Analyse(story);

        Assert.True(analysis.IsEmergency);
        Assert.False(analysis.IsAwarenessQuestion);
    }

    [Theory]
    [InlineData(70)] // a long message framed from its first words
    [InlineData(10)] // a short one framed anywhere
    public void Analyse_FramedMessage_WeakSignStandsDown(int filler)
    {
        var analysis = Triage().Analyse($"how do writers show this, {Words(filler)} she is trapped");

        Assert.False(analysis.IsEmergency);
        Assert.True(analysis.Silenced);
    }

    [Fact]
    public void Analyse_ShortMessageFramedAtTheEnd_WeakSignStandsDown()
    {
        var analysis = Triage().Analyse($"in my story she is trapped, {Words(20)} how do i end it");

        Assert.False(analysis.IsEmergency);
    }
}

using AwarenessBot.Conversation.Safety;
using AwarenessBot.Knowledge;

namespace AwarenessBot.Conversation.Tests.Safety;

public sealed class SafetyCatalogTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    private static (SafetyCatalog? Catalog, IReadOnlyList<KnowledgeProblem> Problems) LoadFixture(string name, DateTimeOffset now) =>
        SafetyCatalog.Load(Path.Combine(AppContext.BaseDirectory, "Safety", "Fixtures", name), now);

    [Fact]
    public void Load_RepositoryKnowledge_HasNoErrors()
    {
        var (catalog, problems) = SafetyCatalog.Load(SafetyTestData.KnowledgeDirectory, Now);

        Assert.NotNull(catalog);
        Assert.DoesNotContain(problems, p => p.Severity == ProblemSeverity.Error);
    }

    [Fact]
    public void Load_ValidFixture_LoadsWithoutProblems()
    {
        var (catalog, problems) = LoadFixture("valid", Now);

        Assert.NotNull(catalog);
        Assert.Empty(problems);
        Assert.True(catalog.Triage.Assess("help me pls").IsEmergency);
    }

    [Fact]
    public void Load_VerifiedOverAYearAgo_WarnsWithLineButLoads()
    {
        var (catalog, problems) = LoadFixture("valid", Now.AddYears(2));

        Assert.NotNull(catalog);
        Assert.Equal(2, problems.Count);
        Assert.All(problems, p =>
        {
            Assert.Equal(ProblemSeverity.Warning, p.Severity);
            Assert.Equal("safety/contacts.yaml", p.File);
            Assert.Contains("over a year ago", p.Message, StringComparison.Ordinal);
        });
        Assert.Equal([2, 9], problems.Select(p => p.Line).Order());
    }

    [Theory]
    [InlineData("missing-source", "safety/contacts.yaml", 9, "missing `source`")]
    [InlineData("missing-verified", "safety/contacts.yaml", 2, "missing `verified`")]
    [InlineData("bad-pattern", "safety/triage-lexicon.txt", 5, "not a valid pattern")]
    [InlineData("failing-example", "safety/triage-lexicon.txt", 6, "not caught by group `cry`")]
    [InlineData("lookaround", "safety/triage-lexicon.txt", 5, "look-arounds")]
    public void Load_BrokenFixture_ReportsErrorAtFileAndLineAndRefuses(string fixture, string file, int line, string message)
    {
        var (catalog, problems) = LoadFixture(fixture, Now);

        Assert.Null(catalog);
        var problem = Assert.Single(problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal(file, problem.File);
        Assert.Equal(line, problem.Line);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFolder_ReportsEachMissingFile()
    {
        var (catalog, problems) = SafetyCatalog.Load(Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}"), Now);

        Assert.Null(catalog);
        Assert.Equal(3, problems.Count(p => p.Severity == ProblemSeverity.Error));
    }
}

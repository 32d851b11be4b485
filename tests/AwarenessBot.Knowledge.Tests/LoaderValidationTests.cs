namespace AwarenessBot.Knowledge.Tests;

public sealed class LoaderValidationTests
{
    [Fact]
    public void Load_ValidFolder_ReturnsEntriesInIdOrderWithoutProblems()
    {
        var result = KnowledgeLoader.Load(TestPaths.Fixture("valid"));

        Assert.False(result.HasErrors);
        Assert.Empty(result.Problems);
        Assert.Equal(
            ["how-to-report", "organizations-that-help", "stats-abuse-websites", "stats-social-media", "what-is-human-trafficking"],
            result.Base!.Entries.Select(e => e.Id));
        var entry = result.Base.Entries.Single(e => e.Id == "what-is-human-trafficking");
        Assert.Equal("How to Help Combat Child Trafficking", entry.SourceTitle);
        Assert.Equal(["how-to-report"], entry.FollowUps);
        Assert.Equal("valid/entries/what-is-human-trafficking.md", entry.File);
        Assert.StartsWith("U.S. law defines", entry.Answer, StringComparison.Ordinal);
        Assert.Equal(3, result.Base.Synonyms.Count);
        Assert.Contains("child sexual abuse material", result.Base.Synonyms[1]);
    }

    [Theory]
    [InlineData("missing-field", "missing-field/entries/a-entry.md", 2, "missing required field 'source'")]
    [InlineData("missing-field", "missing-field/entries/a-entry.md", 2, "missing required field 'title'")]
    [InlineData("bad-id", "bad-id/entries/Bad_Id.md", 2, "is not kebab-case")]
    [InlineData("id-mismatch", "id-mismatch/entries/some-entry.md", 2, "does not match the file name")]
    [InlineData("duplicate-id", "duplicate-id/entries/second.md", 2, "duplicate id 'first'")]
    [InlineData("unresolved-followup", "unresolved-followup/entries/one.md", 13, "follow-up 'missing-entry' does not match any entry id")]
    [InlineData("too-many-followups", "too-many-followups/entries/one.md", 13, "more than 3 follow-ups")]
    [InlineData("empty-answer", "empty-answer/entries/blank.md", 14, "the answer (text after the front matter) is empty")]
    [InlineData("duplicate-question", "duplicate-question/entries/two.md", 7, "is also in duplicate-question/entries/one.md:5")]
    [InlineData("malformed-yaml", "malformed-yaml/entries/broken.md", 11, "malformed YAML")]
    [InlineData("bad-source", "bad-source/entries/badsrc.md", 12, "is neither a seed file name")]
    [InlineData("no-front-matter", "no-front-matter/entries/plain.md", 1, "must start with a '---' line")]
    [InlineData("bad-synonyms", "bad-synonyms/synonyms.txt", 3, "needs at least two terms")]
    [InlineData("bad-synonyms", "bad-synonyms/synonyms.txt", 4, "'=>' mappings are not supported")]
    public void Load_BrokenFolder_ReportsErrorAtFileAndLine(string fixture, string file, int line, string message)
    {
        var result = KnowledgeLoader.Load(TestPaths.Fixture(fixture));

        Assert.True(result.HasErrors);
        Assert.True(
            result.Problems.Any(p => p.Severity == ProblemSeverity.Error && p.File == file && p.Line == line
                && p.Message.Contains(message, StringComparison.Ordinal)),
            string.Join('\n', result.Problems));
    }

    [Theory]
    [InlineData("question-count", "question-count/entries/few.md", 4, "3 questions; 6-12 alternate questions are expected")]
    [InlineData("unknown-field", "unknown-field/entries/extra.md", 11, "unknown field 'author'")]
    [InlineData("synonym-repeat", "synonym-repeat/synonyms.txt", 4, "term 'kids' is already in the group on line 2")]
    public void Load_QuestionableFolder_ReportsWarningOnlyAtFileAndLine(string fixture, string file, int line, string message)
    {
        var result = KnowledgeLoader.Load(TestPaths.Fixture(fixture));

        Assert.False(result.HasErrors, string.Join('\n', result.Problems));
        var problem = Assert.Single(result.Problems, p => p.Message.Contains(message, StringComparison.Ordinal));
        Assert.Equal(ProblemSeverity.Warning, problem.Severity);
        Assert.Equal((file, line), (problem.File, problem.Line));
        Assert.StartsWith($"{file}:{line}: warning: ", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFolder_ReportsErrorWithoutBase()
    {
        var result = KnowledgeLoader.Load(TestPaths.Fixture("does-not-exist"));

        Assert.True(result.HasErrors);
        Assert.Null(result.Base);
        Assert.Contains(result.Problems, p => p.Message == "folder not found");
    }

    [Fact]
    public void Load_BrokenEntry_KeepsOtherEntriesAndDropsTheBrokenOne()
    {
        var result = KnowledgeLoader.Load(TestPaths.Fixture("unresolved-followup"));

        Assert.Equal(["one", "two"], result.Base!.Entries.Select(e => e.Id));
        Assert.Single(result.Problems);
    }

    [Fact]
    public void NormaliseQuestion_PunctuationCaseAndSpaces_Collide()
    {
        Assert.Equal(
            KnowledgeLoader.NormaliseQuestion("what is trafficking"),
            KnowledgeLoader.NormaliseQuestion("  What's  trafficking?? ").Replace("whats", "what is", StringComparison.Ordinal));
        Assert.Equal("whats the first question", KnowledgeLoader.NormaliseQuestion("What's the FIRST question?"));
    }
}

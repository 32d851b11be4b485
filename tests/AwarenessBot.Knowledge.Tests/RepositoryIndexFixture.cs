namespace AwarenessBot.Knowledge.Tests;

/// <summary>The engine over the repository's real knowledge/ folder, built once per test class.</summary>
public sealed class RepositoryIndexFixture : IDisposable
{
    public RepositoryIndexFixture()
    {
        var result = KnowledgeLoader.Load(TestPaths.RepositoryKnowledge());
        Assert.False(result.HasErrors, string.Join('\n', result.Problems));
        Knowledge = result.Base!;
        Index = KnowledgeIndex.Build(Knowledge);
    }

    public KnowledgeBase Knowledge { get; }

    public KnowledgeIndex Index { get; }

    public void Dispose() => Index.Dispose();
}

namespace AwarenessBot.Knowledge;

/// <summary>The loaded knowledge folder: entries and synonyms.</summary>
public sealed class KnowledgeBase(string directory, IReadOnlyList<KnowledgeEntry> entries)
{
    public string Directory { get; } = directory;

    public IReadOnlyList<KnowledgeEntry> Entries { get; } = entries;
}

/// <summary>The result of loading and validating <c>knowledge/</c>.</summary>
public sealed record KnowledgeLoadResult(KnowledgeBase? Base, IReadOnlyList<KnowledgeProblem> Problems)
{
    public bool HasErrors => Base is null || Problems.Any(p => p.Severity == ProblemSeverity.Error);
}

/// <summary>Loads and validates the knowledge folder (entries, synonyms).</summary>
public static class KnowledgeLoader
{
    // STUB: replaced by the knowledge engine work.
    public static KnowledgeLoadResult Load(string knowledgeDirectory) =>
        new(new KnowledgeBase(knowledgeDirectory, []), []);
}

using AwarenessBot.Conversation.Safety;
using AwarenessBot.Knowledge;

namespace AwarenessBot.Conversation.Hosting;

/// <summary>The loaded, validated knowledge folder: the search index and the safety catalog.</summary>
public sealed class BotKnowledge : IDisposable
{
    private readonly KnowledgeIndex _index;
    private int _disposed;

    private BotKnowledge(string directory, KnowledgeIndex index, SafetyCatalog catalog, IReadOnlyList<KnowledgeProblem> warnings)
    {
        Directory = directory;
        _index = index;
        Catalog = catalog;
        Warnings = warnings;
    }

    public string Directory { get; }

    public IKnowledgeSearch Search => _index;

    public SafetyCatalog Catalog { get; }

    public IReadOnlyList<KnowledgeProblem> Warnings { get; }

    /// <summary>Every problem of the knowledge entries and the safety data, errors and warnings, in file order.</summary>
    public static (KnowledgeLoadResult Knowledge, SafetyCatalog? Catalog, IReadOnlyList<KnowledgeProblem> Problems) Validate(string directory, DateTimeOffset now)
    {
        var problems = new List<KnowledgeProblem>();
        if (!System.IO.Directory.Exists(directory))
        {
            problems.Add(new KnowledgeProblem(directory, 0, "knowledge folder not found"));
            return (new KnowledgeLoadResult(null, problems), null, problems);
        }

        var knowledge = Guard(directory, "knowledge", () => KnowledgeLoader.Load(directory), e => new KnowledgeLoadResult(null, [e]));
        var (catalog, safetyProblems) = Guard(directory, "safety data", () => SafetyCatalog.Load(directory, now), e => ((SafetyCatalog?)null, [e]));
        problems.AddRange(knowledge.Problems);
        problems.AddRange(safetyProblems);
        if (catalog is null && !safetyProblems.Any(p => p.Severity == ProblemSeverity.Error))
        {
            problems.Add(new KnowledgeProblem(directory, 0, "safety data could not be loaded"));
        }

        return (knowledge, catalog, problems);
    }

    // A loader that throws (a bug, or a regex time limit on a starved machine) is reported as an error
    // like any other problem, so `validate` prints it and startup refuses with a readable message.
    private static T Guard<T>(string directory, string what, Func<T> load, Func<KnowledgeProblem, T> failed)
    {
        try
        {
            return load();
        }
#pragma warning disable CA1031 // Turned into a reported problem, never swallowed.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return failed(new KnowledgeProblem(directory, 0, $"{what} could not be loaded: {ex.GetType().Name}: {ex.Message}"));
        }
    }

    /// <summary>Loads and indexes the folder; throws with every <c>file:line: problem</c> when there are errors.</summary>
    public static BotKnowledge Load(string directory, DateTimeOffset now)
    {
        var (knowledge, catalog, problems) = Validate(directory, now);
        var errors = problems.Where(p => p.Severity == ProblemSeverity.Error).ToList();
        if (errors.Count > 0 || knowledge.Base is null || catalog is null)
        {
            throw new KnowledgeLoadException(directory, errors);
        }

        var warnings = problems.Where(p => p.Severity == ProblemSeverity.Warning).ToList();
        return new BotKnowledge(directory, KnowledgeIndex.Build(knowledge.Base), catalog, warnings);
    }

    // Both the container (the registered instance) and the hot-reload holder may dispose it: once is enough.
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _index.Dispose();
        }
    }
}

/// <summary>The knowledge folder has errors: the bot refuses to start rather than serve half a knowledge base.</summary>
public sealed class KnowledgeLoadException(string directory, IReadOnlyList<KnowledgeProblem> errors)
    : Exception(Describe(directory, errors))
{
    public IReadOnlyList<KnowledgeProblem> Errors { get; } = errors;

    private static string Describe(string directory, IReadOnlyList<KnowledgeProblem> errors) =>
        $"The knowledge folder {directory} has {errors.Count} error(s):{Environment.NewLine}" +
        string.Join(Environment.NewLine, errors.Select(e => e.ToString()));
}

using AwarenessBot.Conversation.Safety;

namespace AwarenessBot.Conversation.Tests.Safety;

/// <summary>Finds the repository (knowledge/, the spec's eval sets) and loads the real safety catalog once.</summary>
internal static class SafetyTestData
{
    private static readonly Lazy<SafetyCatalog> LazyCatalog = new(() =>
    {
        var (catalog, problems) = SafetyCatalog.Load(KnowledgeDirectory, DateTimeOffset.UtcNow);
        return catalog ?? throw new InvalidOperationException(string.Join('\n', problems));
    });

    public static string RepositoryRoot { get; } = FindRoot();

    public static string KnowledgeDirectory => Path.Combine(RepositoryRoot, "knowledge");

    public static SafetyCatalog Catalog => LazyCatalog.Value;

    public static string DataFile(string name) => Path.Combine(AppContext.BaseDirectory, "Safety", "Data", name);

    /// <summary>The spec's public eval set: ../shared next to the repository, or AWARENESSBOT_SHARED.</summary>
    public static string SharedFile(string relative)
    {
        var shared = Environment.GetEnvironmentVariable("AWARENESSBOT_SHARED") ?? Path.Combine(RepositoryRoot, "..", "shared");
        return Path.GetFullPath(Path.Combine(shared, relative));
    }

    /// <summary>Rows of an eval TSV (expect, pattern, message); '#' lines are comments.</summary>
    public static IEnumerable<(string Expect, string Pattern, string Message, int Line)> ReadTsv(string path) =>
        ReadRows(path, 3).Select(row => (row.Fields[0], row.Fields[1], row.Fields[2], row.Line));

    /// <summary>The rows of a TSV that have <paramref name="columns"/> fields (the last takes the rest of the line);
    /// blank lines and '#' comments are skipped.</summary>
    public static IEnumerable<(string[] Fields, int Line)> ReadRows(string path, int columns)
    {
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split('\t', columns);
            if (parts.Length == columns)
            {
                yield return (parts, lineNumber);
            }
        }
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "AwarenessBot.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("AwarenessBot.sln not found above the test output");
    }
}

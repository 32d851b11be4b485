namespace AwarenessBot.Knowledge.Tests;

/// <summary>Where test data lives: fixtures and data copied beside the tests, and the repository's knowledge folder.</summary>
internal static class TestPaths
{
    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static string Data(string name) => Path.Combine(AppContext.BaseDirectory, "Data", name);

    /// <summary>The real knowledge/ folder, found by walking up to the directory containing AwarenessBot.sln.</summary>
    public static string RepositoryKnowledge()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AwarenessBot.sln")))
            {
                return Path.Combine(dir.FullName, "knowledge");
            }
        }

        throw new DirectoryNotFoundException("AwarenessBot.sln not found above " + AppContext.BaseDirectory);
    }
}

namespace AwarenessBot.Conversation.Hosting;

/// <summary>Finds the knowledge folder: the configured one, else <c>knowledge/</c> beside the app, else the repository's.</summary>
public static class KnowledgeFolder
{
    public static string Resolve(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        var besideApp = Path.Combine(AppContext.BaseDirectory, "knowledge");
        if (Directory.Exists(besideApp))
        {
            return besideApp;
        }

        // Running from a source tree (tests, `dotnet run`): walk up to the folder that holds the solution.
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "knowledge");
                if (Directory.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "AwarenessBot.sln")))
                {
                    return candidate;
                }
            }
        }

        return besideApp;
    }
}

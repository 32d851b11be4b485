using AwarenessBot.Conversation.Hosting;

namespace AwarenessBot.Web.Tests.Reliability;

/// <summary>A private copy of the repository's knowledge folder that a test may edit or break.</summary>
public sealed class KnowledgeCopy : IDisposable
{
    public KnowledgeCopy()
    {
        var source = KnowledgeFolder.Resolve(null);
        Directory = System.IO.Directory.CreateTempSubdirectory("awarenessbot-knowledge-").FullName;
        foreach (var file in System.IO.Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Directory, Path.GetRelativePath(source, file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Directory { get; }

    public string PathOf(string relative) => Path.Combine(Directory, relative);

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}

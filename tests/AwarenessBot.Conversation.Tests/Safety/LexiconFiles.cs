using AwarenessBot.Conversation.Safety;
using AwarenessBot.Knowledge;

namespace AwarenessBot.Conversation.Tests.Safety;

/// <summary>A lexicon and spellings file written to a temporary folder and parsed as the bot parses knowledge/safety.</summary>
internal sealed class LexiconFiles : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lexicon-").FullName;

    public (SafetyLexicon? Lexicon, List<KnowledgeProblem> Problems) Parse(string lexicon, string spellings = "")
    {
        var (lexiconPath, spellingsPath) = (Path.Combine(_folder, SafetyCatalog.LexiconFile), Path.Combine(_folder, SafetyCatalog.SpellingsFile));
        File.WriteAllText(lexiconPath, lexicon);
        File.WriteAllText(spellingsPath, spellings);
        var problems = new List<KnowledgeProblem>();
        var (parsed, _) = LexiconParser.Parse(lexiconPath, spellingsPath, problems);
        return (parsed, problems);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}

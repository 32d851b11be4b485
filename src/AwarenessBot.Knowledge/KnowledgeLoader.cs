using System.Text;
using AwarenessBot.Knowledge.Loading;

namespace AwarenessBot.Knowledge;

/// <summary>The loaded knowledge folder: entries (in id order) and synonym groups.</summary>
public sealed class KnowledgeBase(string directory, IReadOnlyList<KnowledgeEntry> entries, IReadOnlyList<IReadOnlyList<string>> synonyms)
{
    /// <summary>A knowledge base without synonyms.</summary>
    public KnowledgeBase(string directory, IReadOnlyList<KnowledgeEntry> entries)
        : this(directory, entries, [])
    {
    }

    public string Directory { get; } = directory;

    public IReadOnlyList<KnowledgeEntry> Entries { get; } = entries;

    /// <summary>Groups of equivalent terms (lowercase; multi-word terms allowed), from <c>synonyms.txt</c>.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Synonyms { get; } = synonyms;
}

/// <summary>The result of loading and validating <c>knowledge/</c>.</summary>
public sealed record KnowledgeLoadResult(KnowledgeBase? Base, IReadOnlyList<KnowledgeProblem> Problems)
{
    public bool HasErrors => Base is null || Problems.Any(p => p.Severity == ProblemSeverity.Error);
}

/// <summary>
/// Loads and validates the knowledge folder: <c>entries/*.md</c> and <c>synonyms.txt</c>. Problems carry the
/// file path relative to the knowledge folder's parent (e.g. <c>knowledge/entries/x.md</c>) and the offending line.
/// Errors: malformed file or YAML, a missing required field (id, title, questions, source, answer), a bad id,
/// a duplicate id, an unresolvable, self-referencing or fourth follow-up, a bad source, the same question in two
/// entries, a bad synonyms line. Warnings: unknown fields, fewer than 6 or more than 12 questions, a missing
/// synonyms file, a term repeated in the synonyms.
/// </summary>
public static class KnowledgeLoader
{
    public static KnowledgeLoadResult Load(string knowledgeDirectory)
    {
        var problems = new List<KnowledgeProblem>();
        var root = Path.GetFullPath(knowledgeDirectory);
        var folderName = Path.GetFileName(root.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
        var entriesDir = Path.Combine(root, "entries");
        if (!System.IO.Directory.Exists(entriesDir))
        {
            problems.Add(new($"{folderName}/entries", 0, "folder not found"));
            return new(null, problems);
        }

        var parsed = new List<ParsedEntry>();
        foreach (var file in System.IO.Directory.EnumerateFiles(entriesDir, "*.md").Order(StringComparer.Ordinal))
        {
            var display = $"{folderName}/entries/{Path.GetFileName(file)}";
            if (EntryFileParser.Parse(display, File.ReadAllText(file, Encoding.UTF8), problems) is { } entry)
            {
                parsed.Add(entry);
            }
        }

        if (parsed.Count == 0 && !problems.Any(p => p.Severity == ProblemSeverity.Error))
        {
            problems.Add(new($"{folderName}/entries", 0, "no entries (*.md files) found"));
        }

        var entries = CrossCheck(parsed, problems);
        var synonyms = LoadSynonyms(root, folderName, problems);
        return new(new KnowledgeBase(root, entries, synonyms), problems);
    }

    private static List<KnowledgeEntry> CrossCheck(List<ParsedEntry> parsed, List<KnowledgeProblem> problems)
    {
        var byId = new Dictionary<string, ParsedEntry>(StringComparer.Ordinal);
        foreach (var p in parsed)
        {
            if (!byId.TryAdd(p.Entry.Id, p))
            {
                problems.Add(new(p.Entry.File, p.IdLine, $"duplicate id '{p.Entry.Id}' (also in {byId[p.Entry.Id].Entry.File})"));
            }
        }

        var questionOwner = new Dictionary<string, (string File, int Line)>(StringComparer.Ordinal);
        foreach (var p in parsed)
        {
            CheckFollowUps(p, byId, problems);
            for (var i = 0; i < p.Entry.Questions.Count; i++)
            {
                var key = NormaliseQuestion(p.Entry.Questions[i]);
                if (!questionOwner.TryAdd(key, (p.Entry.File, p.QuestionLines[i])))
                {
                    var (file, line) = questionOwner[key];
                    var sameEntry = file == p.Entry.File;
                    problems.Add(new(p.Entry.File, p.QuestionLines[i],
                        sameEntry ? $"question '{p.Entry.Questions[i]}' is repeated (line {line})"
                                  : $"question '{p.Entry.Questions[i]}' is also in {file}:{line}; a question belongs to one entry",
                        sameEntry ? ProblemSeverity.Warning : ProblemSeverity.Error));
                }
            }
        }

        return [.. byId.Values.Select(p => p.Entry).OrderBy(e => e.Id, StringComparer.Ordinal)];
    }

    private static void CheckFollowUps(ParsedEntry p, Dictionary<string, ParsedEntry> byId, List<KnowledgeProblem> problems)
    {
        for (var i = 0; i < p.Entry.FollowUps.Count; i++)
        {
            var target = p.Entry.FollowUps[i];
            if (target == p.Entry.Id)
            {
                problems.Add(new(p.Entry.File, p.FollowUpLines[i], $"follow-up '{target}' refers to the entry itself"));
            }
            else if (!byId.ContainsKey(target))
            {
                problems.Add(new(p.Entry.File, p.FollowUpLines[i], $"follow-up '{target}' does not match any entry id"));
            }
        }
    }

    private static IReadOnlyList<IReadOnlyList<string>> LoadSynonyms(string root, string folderName, List<KnowledgeProblem> problems)
    {
        var display = $"{folderName}/synonyms.txt";
        var path = Path.Combine(root, "synonyms.txt");
        if (!File.Exists(path))
        {
            problems.Add(new(display, 0, "file not found; searching without synonyms", ProblemSeverity.Warning));
            return [];
        }

        return SynonymsFileParser.Parse(display, File.ReadAllText(path, Encoding.UTF8), problems);
    }

    /// <summary>Lowercase letters and digits only, single spaces: "What's  trafficking?" and "whats trafficking" collide.</summary>
    internal static string NormaliseQuestion(string question)
    {
        var sb = new StringBuilder(question.Length);
        foreach (var c in question.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(c);
            }
            else if (char.IsWhiteSpace(c) && sb.Length > 0 && sb[^1] != ' ')
            {
                sb.Append(' ');
            }
        }

        return sb.ToString().TrimEnd();
    }
}

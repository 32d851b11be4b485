using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AwarenessBot.Knowledge.Loading;

/// <summary>An entry as parsed from one file, with the line of each question for cross-file checks.</summary>
internal sealed record ParsedEntry(KnowledgeEntry Entry, int IdLine, IReadOnlyList<int> QuestionLines, IReadOnlyList<int> FollowUpLines);

/// <summary>Parses one <c>entries/*.md</c> file: YAML front matter between <c>---</c> lines, then the answer.</summary>
internal static partial class EntryFileParser
{
    internal const int MinQuestions = 6;
    internal const int MaxQuestions = 12;
    internal const int MaxFollowUps = 3;

    private static readonly HashSet<string> KnownFields =
        ["id", "title", "questions", "tags", "source", "sourceTitle", "followUps"];

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    internal static partial Regex KebabCase();

    [GeneratedRegex(@"^\d{3}_[0-9a-f]{16}\.txt$")]
    private static partial Regex SeedFileName();

    /// <summary>Returns the entry, or null when a required part is missing; problems are appended either way.</summary>
    public static ParsedEntry? Parse(string displayPath, string text, List<KnowledgeProblem> problems)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length == 0 || lines[0].Trim() != "---")
        {
            problems.Add(new(displayPath, 1, "the file must start with a '---' line (YAML front matter)"));
            return null;
        }

        var close = Array.FindIndex(lines, 1, l => l.Trim() == "---");
        if (close < 0)
        {
            problems.Add(new(displayPath, 1, "front matter is not closed by a '---' line"));
            return null;
        }

        // File line of YAML line 1 is 2 (line 1 is the opening '---').
        const int yamlOffset = 1;
        YamlMappingNode? root;
        var yaml = string.Join('\n', lines[1..close]);
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode as YamlMappingNode;
        }
        catch (YamlException ex)
        {
            var line = (int)ex.Start.Line + yamlOffset;
            problems.Add(new(displayPath, Math.Clamp(line, 2, close), $"malformed YAML: {FirstLine(ex.Message)}"));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this (without a position) on some unclosed flow collections.
            var line = LastGoodYamlLine(yaml) + yamlOffset;
            problems.Add(new(displayPath, Math.Clamp(line, 2, close), "malformed YAML: check brackets and quotes on this line"));
            return null;
        }

        if (root is null)
        {
            problems.Add(new(displayPath, 2, "front matter must be a YAML mapping (field: value lines)"));
            return null;
        }

        var fields = new FrontMatter(displayPath, root, yamlOffset, problems);
        foreach (var (key, node) in root.Children)
        {
            if (key is YamlScalarNode { Value: { } name } && !KnownFields.Contains(name))
            {
                problems.Add(new(displayPath, fields.LineOf(node), $"unknown field '{name}'", ProblemSeverity.Warning));
            }
        }

        var answer = string.Join('\n', lines[(close + 1)..]).Trim();
        if (answer.Length == 0)
        {
            problems.Add(new(displayPath, close + 1, "the answer (text after the front matter) is empty"));
        }

        return Validate(displayPath, fields, answer, problems);
    }

    private static ParsedEntry? Validate(string path, FrontMatter fields, string answer, List<KnowledgeProblem> problems)
    {
        var (id, idLine) = fields.RequiredScalar("id");
        var (title, _) = fields.RequiredScalar("title");
        var (source, sourceLine) = fields.RequiredScalar("source");
        var (sourceTitle, _) = fields.OptionalScalar("sourceTitle");
        var questions = fields.List("questions", required: true);
        var tags = fields.List("tags", required: false);
        var followUps = fields.List("followUps", required: false);

        var fileId = Path.GetFileNameWithoutExtension(path);
        if (id is not null && !KebabCase().IsMatch(id))
        {
            problems.Add(new(path, idLine, $"id '{id}' is not kebab-case (lowercase letters, digits and single hyphens)"));
        }
        else if (id is not null && id != fileId)
        {
            problems.Add(new(path, idLine, $"id '{id}' does not match the file name '{fileId}.md'"));
        }

        if (source is not null && !IsValidSource(source))
        {
            problems.Add(new(path, sourceLine, $"source '{source}' is neither a seed file name (000_<16 hex>.txt) nor an https URL"));
        }

        if (questions is { Count: > 0 } && questions.Count is < MinQuestions or > MaxQuestions)
        {
            // A warning, not an error: too few or too many questions lowers match quality but serves no wrong answer.
            problems.Add(new(path, fields.KeyLine("questions"),
                $"{questions.Count} questions; {MinQuestions}-{MaxQuestions} alternate questions are expected", ProblemSeverity.Warning));
        }

        if (followUps is { Count: > MaxFollowUps })
        {
            problems.Add(new(path, followUps[MaxFollowUps].Line, $"more than {MaxFollowUps} follow-ups ({followUps.Count})"));
        }

        if (id is null || title is null || source is null || questions is not { Count: > 0 } || answer.Length == 0)
        {
            return null;
        }

        var entry = new KnowledgeEntry(
            id, title, [.. questions.Select(q => q.Value)], [.. (tags ?? []).Select(t => t.Value)], answer,
            source, sourceTitle, [.. (followUps ?? []).Select(f => f.Value)], path);
        return new ParsedEntry(entry, idLine, [.. questions.Select(q => q.Line)], [.. (followUps ?? []).Select(f => f.Line)]);
    }

    private static bool IsValidSource(string source) =>
        SeedFileName().IsMatch(source)
        || (Uri.TryCreate(source, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps);

    private static int LastGoodYamlLine(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var line = 1;
        try
        {
            while (parser.MoveNext())
            {
                line = (int)parser.Current!.End.Line;
            }
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException)
        {
            // Expected: the same error as before; the line of the last event read is the answer.
        }

        return line;
    }

    private static string FirstLine(string message)
    {
        var i = message.IndexOf('\n', StringComparison.Ordinal);
        return i < 0 ? message : message[..i];
    }
}

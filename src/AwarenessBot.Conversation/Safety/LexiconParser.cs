using System.Text.RegularExpressions;
using AwarenessBot.Knowledge;

namespace AwarenessBot.Conversation.Safety;

/// <summary>An example line in the lexicon: "+ text" must match its group, "- text" must not be an emergency.</summary>
internal sealed record LexiconExample(string File, int Line, SafetyFamily Family, bool MustMatch, string Text);

/// <summary>
/// Reads the line-based lexicon (see knowledge/safety/README.md): <c>define name = regex</c>,
/// <c>[kind name | Situation, …]</c> headers, one pattern per line, <c>+</c>/<c>-</c> examples, <c>#</c> comments.
/// </summary>
internal static partial class LexiconParser
{
    static LexiconParser()
    {
        // The whole lexicon is one linear-time (NonBacktracking) automaton so that a 10,000-character message
        // costs microseconds; it is larger than the default 10,000-node limit, which this raises (process-wide,
        // NonBacktracking regexes only; must be set before the first one is built).
        AppContext.SetData("REGEX_NONBACKTRACKING_MAX_AUTOMATA_SIZE", 1_000_000);
    }

    // Generous: the linear-time engine cannot run away; this only bounds the awareness patterns and a cold start.
    internal static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    private const RegexOptions CheckOptions = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private sealed class Group(SafetyFamily family, int line)
    {
        public SafetyFamily Family { get; } = family;

        public int Line { get; } = line;

        public bool HadInvalid { get; set; }

        public List<string> Patterns { get; } = [];

        public List<string> Words { get; } = [];

        public Regex? Check { get; set; }
    }

    public static (SafetyLexicon? Lexicon, IReadOnlyList<LexiconExample> Examples) Parse(
        string lexiconPath, string spellingsPath, List<KnowledgeProblem> problems)
    {
        var spellings = SpellingsParser.Parse(spellingsPath, problems);
        var groups = new List<Group>();
        var examples = new List<LexiconExample>();
        var macros = new Dictionary<string, string>(StringComparer.Ordinal);
        var file = $"{SafetyCatalog.Folder}/{Path.GetFileName(lexiconPath)}";
        var lineNumber = 0;
        foreach (var raw in File.ReadLines(lexiconPath))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            void Problem(string message) => problems.Add(new KnowledgeProblem(file, lineNumber, message));

            if (line.StartsWith("define ", StringComparison.Ordinal))
            {
                var define = DefineLine().Match(line);
                if (!define.Success)
                {
                    Problem("a define line reads `define name = regex`");
                    continue;
                }

                var body = Expand(define.Groups["body"].Value, macros, Problem);
                if (body is not null && IsValid(body, linear: false, Problem))
                {
                    macros[define.Groups["name"].Value] = body;
                }

                continue;
            }

            if (line[0] == '[')
            {
                var family = ParseHeader(line, groups, Problem);
                if (family is not null)
                {
                    groups.Add(new Group(family, lineNumber));
                }

                continue;
            }

            if (groups.Count == 0)
            {
                Problem("a pattern before any [group] header");
                continue;
            }

            var group = groups[^1];
            if (line[0] is '+' or '-' && line.Length > 1 && line[1] == ' ')
            {
                examples.Add(new LexiconExample(file, lineNumber, group.Family, line[0] == '+', line[2..].Trim()));
            }
            else if (group.Family.Kind == FamilyKind.Language)
            {
                group.Words.AddRange(line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(TextNormalizer.FoldWord));
            }
            else if (Expand(line, macros, Problem) is { } expanded && IsValid(expanded, NeedsLinear(group.Family.Kind), Problem))
            {
                group.Patterns.Add(expanded);
            }
            else
            {
                group.HadInvalid = true;
            }
        }

        foreach (var group in groups.Where(g => g.Patterns.Count == 0 && g.Words.Count == 0 && !g.HadInvalid))
        {
            problems.Add(new KnowledgeProblem(file, group.Line, $"group `{group.Family.Name}` has no patterns"));
        }

        if (problems.Any(p => p.Severity == ProblemSeverity.Error))
        {
            return (null, examples);
        }

        return (Build(groups, spellings), examples);
    }

    /// <summary>The regex for one group alone (used to check its "+" examples).</summary>
    public static Regex? GroupRegex(SafetyLexicon lexicon, SafetyFamily family) =>
        lexicon.FamilyChecks.TryGetValue(family, out var regex) ? regex : null;

    private static SafetyLexicon Build(List<Group> groups, IReadOnlyDictionary<string, string> spellings)
    {
        static string Alternation(IEnumerable<string> patterns) =>
            string.Join('|', patterns.Select(p => $@"\b(?:{TextNormalizer.FoldPattern(p)})\b"));

        GroupMatcher? Matcher(Func<FamilyKind, bool> kinds)
        {
            var members = groups.Where(g => kinds(g.Family.Kind) && g.Patterns.Count > 0).ToList();
            return members.Count == 0 ? null : new GroupMatcher(
                Linear(string.Join('|', members.Select(g => Alternation(g.Patterns)))),
                [.. members.Select(g => (g.Family, Compile($@"\G(?:{Alternation(g.Patterns)})")))]);
        }

        Regex? Of(FamilyKind kind, Func<string, Regex> compile) =>
            groups.Where(g => g.Family.Kind == kind).SelectMany(g => g.Patterns).ToList() is { Count: > 0 } list ? compile(Alternation(list)) : null;
        HashSet<string> Words(string language) =>
            groups.Where(g => g.Family.Kind == FamilyKind.Language && g.Family.Name == language).SelectMany(g => g.Words).ToHashSet(StringComparer.Ordinal);

        var lexicon = new SafetyLexicon(
            new TextNormalizer(spellings),
            Of(FamilyKind.Ignore, Linear),
            // Regions ride in the same automaton as the danger groups: one pass over the message finds both.
            Matcher(k => k is FamilyKind.Danger or FamilyKind.Weak or FamilyKind.Modifier or FamilyKind.Region) ?? new GroupMatcher(Compile("(?!)"), []),
            Of(FamilyKind.Awareness, Compile),
            Of(FamilyKind.FollowUp, Compile),
            Words("es"),
            Words("en"));
        foreach (var group in groups.Where(g => g.Patterns.Count > 0))
        {
            lexicon.FamilyChecks[group.Family] = new Regex(Alternation(group.Patterns), CheckOptions, MatchTimeout);
        }

        WarmUp(lexicon);
        return lexicon;
    }

    private static Regex Compile(string pattern) =>
        new(pattern, CheckOptions | RegexOptions.Compiled, MatchTimeout);

    // Danger, ignore and region groups scan every message however long: the linear-time engine keeps
    // a 10,000-character message cheap and can never backtrack for ages on a crafted one.
    private static Regex Linear(string pattern)
    {
        try
        {
            return new(pattern, CheckOptions | RegexOptions.NonBacktracking, MatchTimeout);
        }
        catch (NotSupportedException)
        {
            // Too large for the automaton limit even after raising it: still correct, only slower on long messages.
            return Compile(pattern);
        }
    }

    // The linear-time engine builds its automaton lazily; a few matches at load keep the first users' turns fast.
    private static void WarmUp(SafetyLexicon lexicon)
    {
        foreach (var sample in new[] { "hello what is trafficking", "help me i am locked in and cant leave", "estoy en mexico necesito ayuda" })
        {
            var normalized = lexicon.Normalizer.Normalize(sample);
            _ = lexicon.Signals.Matches(normalized).Count(m => !lexicon.IsIgnored(normalized, m.Index, m.Length));
            _ = lexicon.Awareness?.IsMatch(normalized);
            _ = lexicon.FollowUp?.IsMatch(normalized);
        }
    }

    private static bool NeedsLinear(FamilyKind kind) =>
        kind is not (FamilyKind.Awareness or FamilyKind.FollowUp);

    private static SafetyFamily? ParseHeader(string line, List<Group> groups, Action<string> problem)
    {
        var header = HeaderLine().Match(line);
        if (!header.Success || !Enum.TryParse<FamilyKind>(header.Groups["kind"].Value, ignoreCase: true, out var kind))
        {
            problem("a group header reads `[danger|weak|modifier|awareness|followup|region|language|ignore name | Situation, …]`");
            return null;
        }

        var name = header.Groups["name"].Value;
        if (kind == FamilyKind.Region)
        {
            name = name.ToUpperInvariant();
        }
        else if (groups.Any(g => g.Family.Name == name && g.Family.Kind != FamilyKind.Language))
        {
            problem($"group `{name}` is defined twice");
        }

        var situations = SafetySituation.None;
        foreach (var item in header.Groups["situations"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Enum.TryParse<SafetySituation>(item, ignoreCase: true, out var situation) && situation != SafetySituation.None)
            {
                situations |= situation;
            }
            else
            {
                problem($"unknown situation `{item}` (use {string.Join(", ", Enum.GetNames<SafetySituation>().Skip(1))})");
            }
        }

        if (situations == SafetySituation.None && kind is FamilyKind.Danger or FamilyKind.Weak)
        {
            situations = SafetySituation.General;
        }

        return new SafetyFamily(name, kind, situations);
    }

    private static string? Expand(string pattern, Dictionary<string, string> macros, Action<string> problem)
    {
        var ok = true;
        var expanded = MacroUse().Replace(pattern, m =>
        {
            if (macros.TryGetValue(m.Groups["name"].Value, out var body))
            {
                return $"(?:{body})";
            }

            problem($"unknown name `{{{m.Groups["name"].Value}}}` (define it first with `define {m.Groups["name"].Value} = …`)");
            ok = false;
            return m.Value;
        });
        return ok ? expanded : null;
    }

    private static bool IsValid(string pattern, bool linear, Action<string> problem)
    {
        try
        {
            _ = new Regex(TextNormalizer.FoldPattern(pattern), CheckOptions | (linear ? RegexOptions.NonBacktracking : 0), MatchTimeout);
            return true;
        }
        catch (ArgumentException ex)
        {
            problem($"not a valid pattern: {ex.Message}");
        }
        catch (NotSupportedException)
        {
            problem("look-arounds (?= (?! (?<= (?<! and back-references are not allowed here; put the harmless phrase in an [ignore] group instead");
        }

        return false;
    }

    [GeneratedRegex(@"^define (?<name>[a-z_]+) = (?<body>.+)$")]
    private static partial Regex DefineLine();

    [GeneratedRegex(@"^\[(?<kind>[a-z]+) (?<name>[A-Za-z0-9_-]+)(?: \| (?<situations>[A-Za-z, ]+))?\]$")]
    private static partial Regex HeaderLine();

    [GeneratedRegex(@"\{(?<name>[a-z_]+)\}")]
    private static partial Regex MacroUse();
}

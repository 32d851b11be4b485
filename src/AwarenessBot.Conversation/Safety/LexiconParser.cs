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
    // Bounds the backtracking regexes only (awareness and follow-up patterns, the per-group checks anchored at a
    // match). A timeout during triage throws, and the gate then takes the emergency route: the fail-safe.
    internal static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    // The linear-time (NonBacktracking) engine cannot backtrack: its cost is bounded by the text length times the
    // automaton it builds lazily. A timeout there could only fire on a slow, contended machine while that automaton
    // grows (it did: a CI host refused to start), and would turn a correct answer into an error, so there is none.
    internal static readonly TimeSpan LinearTimeout = Regex.InfiniteMatchTimeout;

    internal const RegexOptions CheckOptions = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private sealed class Group(SafetyFamily family, int line)
    {
        public SafetyFamily Family { get; } = family;

        public int Line { get; } = line;

        public bool HadInvalid { get; set; }

        public bool Near { get; init; }

        public int NearRules { get; set; }

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
        var proximity = new ProximityParser(spellings);
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

            if (proximity.TryAddWords(line, Problem))
            {
                continue;
            }

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
                // A [near] group is weak (awareness framing makes it stand down); its lines are proximity rules.
                var near = line.StartsWith("[near ", StringComparison.Ordinal);
                var family = ParseHeader(near ? $"[weak {line[6..]}" : line, groups, Problem);
                if (family is not null)
                {
                    groups.Add(new Group(family, lineNumber) { Near = near });
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
            else if (group.Near)
            {
                if (proximity.AddRule(group.Family, line, Problem))
                {
                    group.NearRules++;
                }
                else
                {
                    group.HadInvalid = true;
                }
            }
            else if (line.StartsWith("within ", StringComparison.Ordinal))
            {
                Problem("a `within N:` line belongs in a [near] group");
                group.HadInvalid = true;
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

        foreach (var group in groups.Where(g => g.Patterns.Count == 0 && g.Words.Count == 0 && g.NearRules == 0 && !g.HadInvalid))
        {
            problems.Add(new KnowledgeProblem(file, group.Line, $"group `{group.Family.Name}` has no patterns"));
        }

        if (problems.Any(p => p.Severity == ProblemSeverity.Error))
        {
            return (null, examples);
        }

        var lexicon = LexiconBuilder.Build([.. groups.Select(g => (g.Family, (IReadOnlyList<string>)g.Patterns, (IReadOnlyList<string>)g.Words))], spellings);
        lexicon.Proximity = proximity.Build();
        return (lexicon, ProximityExamples.Check(lexicon, examples, problems));
    }

    private static bool NeedsLinear(FamilyKind kind) =>
        kind is not (FamilyKind.Awareness or FamilyKind.FollowUp);

    private static SafetyFamily? ParseHeader(string line, List<Group> groups, Action<string> problem)
    {
        var header = HeaderLine().Match(line);
        if (!header.Success || !Enum.TryParse<FamilyKind>(header.Groups["kind"].Value, ignoreCase: true, out var kind))
        {
            problem("a group header reads `[danger|weak|near|modifier|awareness|followup|region|language|ignore name | Situation, …]`");
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
            // Parsed by the cheap backtracking constructor: building a linear-time automaton per pattern took seconds.
            _ = new Regex(TextNormalizer.FoldPattern(pattern), CheckOptions, MatchTimeout);
        }
        catch (ArgumentException ex)
        {
            problem($"not a valid pattern: {ex.Message}");
            return false;
        }

        if (linear && LinearUnsupported().IsMatch(pattern))
        {
            problem("look-arounds (?= (?! (?<= (?<!, atomic groups, conditionals and back-references are not allowed here; put the harmless phrase in an [ignore] group instead");
            return false;
        }

        return true;
    }

    // What the linear-time engine rejects: look-arounds, atomic groups, conditionals, back-references.
    [GeneratedRegex(@"(?<!\\)\(\?(?:[=!>(]|<[=!])|\\(?:[1-9]|k<)")]
    private static partial Regex LinearUnsupported();

    [GeneratedRegex(@"^define (?<name>[a-z_]+) = (?<body>.+)$")]
    private static partial Regex DefineLine();

    [GeneratedRegex(@"^\[(?<kind>[a-z]+) (?<name>[A-Za-z0-9_-]+)(?: \| (?<situations>[A-Za-z, ]+))?\]$")]
    private static partial Regex HeaderLine();

    [GeneratedRegex(@"\{(?<name>[a-z_]+)\}")]
    private static partial Regex MacroUse();
}

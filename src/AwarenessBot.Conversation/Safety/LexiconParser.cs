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

    // Bounds the checks of the lexicon's own examples at load (and `explain`): fixed, short texts, so a timeout there
    // could only come from a thread starved on a busy host (a test run saw one at load average 7.5 on two cores), and
    // would stop the bot from starting. Generous, but still finite: a pattern that backtracks for ever is reported.
    internal static readonly TimeSpan LoadCheckTimeout = TimeSpan.FromSeconds(30);

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
            else if (group.Near || (group.Family.Kind == FamilyKind.Worry && line.StartsWith("within ", StringComparison.Ordinal)))
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
                Problem("a `within N:` line belongs in a [near] or [worry] group");
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

        var lexicon = LexiconBuilder.Build(
            [.. groups.Select(g => (g.Family, (IReadOnlyList<string>)g.Patterns, (IReadOnlyList<string>)g.Words))],
            spellings,
            proximity.Build(FamilyKind.Weak),
            proximity.Build(FamilyKind.Worry));
        return (lexicon, ProximityExamples.Check(lexicon, examples, problems));
    }
}

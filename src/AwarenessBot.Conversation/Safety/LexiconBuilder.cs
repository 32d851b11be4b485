using System.Text.RegularExpressions;

namespace AwarenessBot.Conversation.Safety;

/// <summary>Compiles parsed lexicon groups into the regexes triage runs, once, at load.</summary>
internal static class LexiconBuilder
{
    static LexiconBuilder()
    {
        // The whole lexicon is one linear-time (NonBacktracking) automaton so that a 10,000-character message
        // costs microseconds; it is larger than the default 10,000-node limit, which this raises (process-wide,
        // NonBacktracking regexes only; must be set before the first one is built).
        AppContext.SetData("REGEX_NONBACKTRACKING_MAX_AUTOMATA_SIZE", 1_000_000);
    }

    public static SafetyLexicon Build(IReadOnlyList<(SafetyFamily Family, IReadOnlyList<string> Patterns, IReadOnlyList<string> Words)> groups, IReadOnlyDictionary<string, string> spellings)
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
            lexicon.FamilyChecks[group.Family] = new Regex(Alternation(group.Patterns), LexiconParser.CheckOptions, LexiconParser.MatchTimeout);
        }

        WarmUp(lexicon);
        return lexicon;
    }

    private static Regex Compile(string pattern) =>
        new(pattern, LexiconParser.CheckOptions | RegexOptions.Compiled, LexiconParser.MatchTimeout);

    // Danger, ignore and region groups scan every message however long: the linear-time engine keeps
    // a 10,000-character message cheap and can never backtrack for ages on a crafted one.
    private static Regex Linear(string pattern)
    {
        try
        {
            return new(pattern, LexiconParser.CheckOptions | RegexOptions.NonBacktracking, LexiconParser.MatchTimeout);
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
}

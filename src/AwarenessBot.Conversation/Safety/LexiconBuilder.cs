using System.Text.RegularExpressions;

namespace AwarenessBot.Conversation.Safety;

/// <summary>Compiles parsed lexicon groups into the regexes triage runs, once, at load.</summary>
internal static class LexiconBuilder
{
    static LexiconBuilder()
    {
        // All danger, weak, modifier and region groups share one linear-time (NonBacktracking) automaton so that a
        // 10,000-character message costs microseconds; it is larger than the default 10,000-node limit, which this
        // raises (process-wide, NonBacktracking regexes only; must be set before the first one is built).
        AppContext.SetData("REGEX_NONBACKTRACKING_MAX_AUTOMATA_SIZE", 1_000_000);
    }

    /// <param name="proximity">The [near] groups' rules.</param>
    /// <param name="worries">The [worry] groups' proximity rules (their patterns come with <paramref name="groups"/>).</param>
    public static SafetyLexicon Build(
        IReadOnlyList<(SafetyFamily Family, IReadOnlyList<string> Patterns, IReadOnlyList<string> Words)> groups,
        IReadOnlyDictionary<string, string> spellings,
        ProximityRules proximity,
        ProximityRules? worries = null)
    {
        static string Alternation(IEnumerable<string> patterns) =>
            string.Join('|', patterns.Select(p => $@"\b(?:{TextNormalizer.FoldPattern(p)})\b"));

        T? Of<T>(FamilyKind kind, Func<string, T> compile) where T : class =>
            groups.Where(g => g.Family.Kind == kind).SelectMany(g => g.Patterns).ToList() is { Count: > 0 } list ? compile(Alternation(list)) : null;
        HashSet<string> Words(string language) =>
            groups.Where(g => g.Family.Kind == FamilyKind.Language && g.Family.Name == language).SelectMany(g => g.Words).ToHashSet(StringComparer.Ordinal);

        // Regions ride in the same automaton as the danger groups: one pass over the message finds both.
        var signals = groups.Where(g => g.Family.Kind is FamilyKind.Danger or FamilyKind.Weak or FamilyKind.Modifier or FamilyKind.Region && g.Patterns.Count > 0).ToList();

        // The big automaton is most of the build (~0.1 s warm, several times that in a cold process). Nothing at load
        // needs it (the example checks use the interpreted per-group and ignore regexes), so it is built, with the
        // ignore automaton, in the background while the host starts; the first triage waits for them if it comes sooner. A failure surfaces there, and the gate then
        // takes the emergency route.
        var union = signals.Count == 0 ? "(?!)" : string.Join('|', signals.Select(g => Alternation(g.Patterns)));
        var any = new Lazy<Regex>(() => Linear(union), LazyThreadSafetyMode.ExecutionAndPublication);
        var ignorePatterns = groups.Where(g => g.Family.Kind == FamilyKind.Ignore).SelectMany(g => g.Patterns).ToList();
        var ignore = ignorePatterns.Count == 0 ? null : new Lazy<Regex>(() => Linear(Alternation(ignorePatterns)), LazyThreadSafetyMode.ExecutionAndPublication);
        // Each group's anchored check is interpreted, built the first time the scan matches where that group can
        // start. Interpreted for good: compiled copies (swapped in from the background, as before) were no faster
        // for these (the JIT leaves the big groups' methods unoptimised), cost ~30 MB of RSS and kept a core busy
        // compiling for the first half minute (tests/AwarenessBot.LoadTests/README.md). Awareness and follow-up, two
        // regexes run over the whole message, are still compiled there: that does make them three times faster.
        // Each group's prefixes are read from the very source its anchored regex is built from, in the background
        // (GroupMatcher); the defines the groups share are read once for all of them.
        var sources = signals.Select(g => $@"\G(?:{Alternation(g.Patterns)})").ToList();
        List<(SafetyFamily, LazyRegex)> anchored = [.. sources.Select((source, i) => (signals[i].Family, new LazyRegex(source)))];
        IReadOnlyList<GroupPrefixes> ReadPrefixes()
        {
            var readings = new PrefixReadings();
            return [.. sources.Select(source => GroupPrefixes.Of(source, readings))];
        }

        static HotRegex Hot(string pattern) => new(pattern);
        var (awarenessHot, followUpHot) = (Of(FamilyKind.Awareness, Hot), Of(FamilyKind.FollowUp, Hot));
        // A continuation, so that an automaton that fails to build (surfacing at the first triage) still leaves the
        // compiled copies to come; one that fails to compile just stays interpreted.
        _ = Task.Run(() => (any.Value, ignore?.Value)).ContinueWith(automata =>
        {
            awarenessHot?.Compile();
            followUpHot?.Compile();
        }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);

        var ignoreCheck = Of(FamilyKind.Ignore, LoadCheck);
        // Worry patterns run only on turns that fall back, over the whole message, like awareness: interpreted and built
        // on first need, never part of the scan automaton, so they cost no memory or time on the turns that answer.
        var worry = Of(FamilyKind.Worry, pattern => new Lazy<Regex>(() => Compile(pattern), LazyThreadSafetyMode.PublicationOnly));
        var checks = groups.Where(g => g.Patterns.Count > 0).ToDictionary(g => g.Family, g => LoadCheck(Alternation(g.Patterns)));

        var lexicon = new SafetyLexicon(new TextNormalizer(spellings), ignore, ignoreCheck, new GroupMatcher(any, anchored, ReadPrefixes), awarenessHot, followUpHot, Words("es"), Words("en"), proximity, worry, worries);
        foreach (var (family, check) in checks)
        {
            lexicon.FamilyChecks[family] = check;
        }

        // No warm-up: the automaton grows as messages need it; the first messages of a new process pay a few
        // milliseconds each (about 25 ms for the very first, measured on a busy two-core machine).
        return lexicon;
    }

    // Interpreted, not RegexOptions.Compiled: compiling ~60 regexes to IL and JIT-ing them cost seconds at start-up
    // (measured: 2-3 s of a 3.5 s load). The per-group checks are anchored at a scan match and filtered by
    // prefix; awareness and follow-up run once on a short message.
    private static Regex Compile(string pattern) =>
        new(pattern, LexiconParser.CheckOptions, LexiconParser.MatchTimeout);

    // The per-group and ignore checks of the lexicon's examples at load and of `explain`; never run on a turn.
    private static Regex LoadCheck(string pattern) =>
        new(pattern, LexiconParser.CheckOptions, LexiconParser.LoadCheckTimeout);

    // Danger, ignore and region groups scan every message however long: the linear-time engine keeps
    // a 10,000-character message cheap and can never backtrack for ages on a crafted one.
    private static Regex Linear(string pattern)
    {
        try
        {
            return new(pattern, LexiconParser.CheckOptions | RegexOptions.NonBacktracking, LexiconParser.LinearTimeout);
        }
        catch (NotSupportedException)
        {
            // Too large for the automaton limit even after raising it: still correct, only slower on long messages.
            return Compile(pattern);
        }
    }
}

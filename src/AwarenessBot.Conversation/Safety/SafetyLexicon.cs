using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace AwarenessBot.Conversation.Safety;

/// <summary>What a pattern group in the lexicon does.</summary>
internal enum FamilyKind
{
    /// <summary>Fires an emergency wherever it matches.</summary>
    Danger,

    /// <summary>Fires an emergency unless the message is framed as an awareness question (third person, hypotheticals).</summary>
    Weak,

    /// <summary>Adds situations to an emergency found by another group (an age: "I'm 13"); never fires alone.</summary>
    Modifier,

    /// <summary>Marks a message as an awareness question ("what is", "how do traffickers", "statistics").</summary>
    Awareness,

    /// <summary>In safety mode, marks a short follow-up that continues the guidance ("what now", "i cant call").</summary>
    FollowUp,

    /// <summary>Names a region ("I'm in Canada"); the group name is the region code.</summary>
    Region,

    /// <summary>Plain words that mark the message's language; the group name is the language code.</summary>
    Language,

    /// <summary>Harmless phrases blanked out before the danger groups look ("help me understand", "stuck in traffic").</summary>
    Ignore,

    /// <summary>A worrying sign that is not an emergency ("my coworker always has bruises and her boss drives her
    /// home"): never an alarm; when the bot would fall back, it points to the hotline first. Only looked for then.</summary>
    Worry,
}

/// <summary>One named group of patterns from the lexicon file.</summary>
internal sealed record SafetyFamily(string Name, FamilyKind Kind, SafetySituation Situations);

/// <summary>The compiled triage lexicon: one regex per kind, named groups per family, built once at load.</summary>
internal sealed class SafetyLexicon(
    TextNormalizer normalizer,
    Lazy<Regex>? ignore,
    Regex? ignoreCheck,
    GroupMatcher signals,
    HotRegex? awareness,
    HotRegex? followUp,
    HashSet<string> spanishWords,
    HashSet<string> englishWords,
    ProximityRules proximity,
    Lazy<Regex>? worry = null,
    ProximityRules? worries = null)
{
    public TextNormalizer Normalizer { get; } = normalizer;

    /// <summary>The [ignore] phrases for triage: linear-time, built in the background with the scan automaton.</summary>
    public Lazy<Regex>? Ignore { get; } = ignore;

    public GroupMatcher Signals { get; } = signals;

    /// <summary>The [near] groups (word proximity rules).</summary>
    public ProximityRules Proximity { get; } = proximity;

    /// <summary>The [worry] groups' patterns (interpreted, built the first time a turn falls back) and proximity rules.</summary>
    public Lazy<Regex>? Worry { get; } = worry;

    public ProximityRules Worries { get; } = worries ?? ProximityRules.Empty;

    /// <summary>Whether one group's own regex matches the text outside every [ignore] phrase (examples, diagnostics).</summary>
    public bool GroupMatches(SafetyFamily family, string normalized)
    {
        if (!FamilyChecks.TryGetValue(family, out var regex))
        {
            return false;
        }

        var checkIgnore = family.Kind is FamilyKind.Danger or FamilyKind.Weak or FamilyKind.Modifier or FamilyKind.Worry;
        foreach (var match in regex.EnumerateMatches(normalized))
        {
            if (!checkIgnore || !IsIgnored(ignoreCheck, normalized, match.Index, match.Length))
            {
                return true;
            }
        }

        return false;
    }

    // Ignore phrases are short: looking this far either side of a danger match is enough.
    private const int IgnoreWindow = 100;

    /// <summary>Whether a harmless [ignore] phrase overlaps the span (then the danger match does not count).</summary>
    public bool IsIgnored(string normalized, int index, int length) => IsIgnored(Ignore?.Value, normalized, index, length);

    /// <summary>The same check with the interpreted phrases, for load-time example checks, which must not wait for the automaton.</summary>
    public bool IsIgnoredAtLoad(string normalized, int index, int length) => IsIgnored(ignoreCheck, normalized, index, length);

    // One thread at a time, so the regex's one runner is reused: see GroupMatcher.Scan (concurrent matches on the
    // linear-time automaton build, and throw away, a large runner each).
    private readonly Lock _ignoreLock = new();

    private bool IsIgnored(Regex? ignore, string normalized, int index, int length)
    {
        if (ignore is null)
        {
            return false;
        }

        var start = Math.Max(0, index - IgnoreWindow);
        var end = Math.Min(normalized.Length, index + length + IgnoreWindow);
        lock (_ignoreLock)
        {
            foreach (var match in ignore.EnumerateMatches(normalized.AsSpan(start, end - start)))
            {
                if (start + match.Index < index + length && start + match.Index + match.Length > index)
                {
                    return true;
                }
            }
        }

        return false;
    }

    public Regex? Awareness => awareness?.Value;

    public Regex? FollowUp => followUp?.Value;

    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpanishWords { get; } =
        spanishWords.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EnglishWords { get; } =
        englishWords.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Each group's own regex, for checking the examples written under it.</summary>
    public Dictionary<SafetyFamily, Regex> FamilyChecks { get; } = [];
}

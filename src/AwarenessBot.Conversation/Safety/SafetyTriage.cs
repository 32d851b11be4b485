namespace AwarenessBot.Conversation.Safety;

/// <summary>Everything triage learns from one message (internal: the gate also needs the awareness and follow-up cues,
/// which are only worked out when asked, because most turns never need them).</summary>
internal sealed record TriageAnalysis(
    bool IsEmergency,
    SafetySituation Situations,
    int SpanishLead,
    string? Region,
    Func<bool> AwarenessCheck,
    Func<bool> FollowUpCheck,
    bool Silenced = false,
    Func<bool>? WorryCheck = null)
{
    public string Language => SpanishLead > 0 ? "es" : "en";

    /// <summary>Not an emergency, but not to be brushed off either: a danger sign that did not count (<see cref="Silenced"/>)
    /// or a worrying sign about someone (a [worry] group, looked for only when this is asked).</summary>
    public bool IsConcern => !IsEmergency && (Silenced || (WorryCheck?.Invoke() ?? false));

    private Func<bool>? _concernCheck;

    /// <summary><see cref="IsConcern"/> as a check to run later (one delegate, made only when asked for).</summary>
    public Func<bool> ConcernCheck => _concernCheck ??= () => IsConcern;

    public bool IsAwarenessQuestion => AwarenessCheck();

    public bool IsFollowUp => FollowUpCheck();
}

/// <summary>
/// Pattern triage over the normalised message. Danger groups fire anywhere in the message; weak groups
/// (third person, hypotheticals, "call 911") fire unless the message is framed as an awareness question;
/// modifier groups (a child's age) only add situations. Scans the whole message in one pass per regex.
/// </summary>
internal sealed class SafetyTriage(SafetyLexicon lexicon) : ISafetyTriage
{
    // One cached delegate for the [near] groups' ignore check, not one per message.
    private readonly Func<string, int, int, bool> _ignored = lexicon.IsIgnored;

    public TriageResult Assess(string text)
    {
        // The plain verdict needs no awareness/follow-up closures: none are allocated on this path.
        var normalized = lexicon.Normalizer.Normalize(text ?? "");
        var scan = Scan(normalized);
        var emergency = Emergency(scan, normalized, out var situations);
        return new TriageResult(emergency, situations, SpanishLead(normalized) > 0 ? "es" : "en", scan.Region);
    }

    public TriageAnalysis Analyse(string? text)
    {
        var normalized = lexicon.Normalizer.Normalize(text ?? "");
        var scan = Scan(normalized);
        bool? awareness = null, worried = null;
        bool Awareness() => awareness ??= IsFramed(normalized);
        bool Worried() => worried ??= IsWorrying(normalized);
        var emergency = Emergency(scan, normalized, out var situations, Awareness);
        return new TriageAnalysis(
            emergency,
            situations,
            SpanishLead(normalized),
            scan.Region,
            Awareness,
            () => lexicon.FollowUp?.IsMatch(normalized) ?? false,
            // A danger sign that did not count: inside a harmless phrase (a past event, a parent's rule) or a weak
            // sign in an awareness question. Not an emergency, but the fallback wording should not brush it off.
            !emergency && (scan.AnyIgnored || scan.AnyWeak),
            Worried);
    }

    // A [worry] pattern or proximity rule that matches outside every [ignore] phrase.
    private bool IsWorrying(string normalized)
    {
        if (lexicon.Worry?.Value is { } worry)
        {
            foreach (var match in worry.EnumerateMatches(normalized))
            {
                if (!lexicon.IsIgnored(normalized, match.Index, match.Length))
                {
                    return true;
                }
            }
        }

        return lexicon.Worries.Match(normalized, _ignored) != SafetySituation.None;
    }

    private bool Emergency(in ScanState scan, string normalized, out SafetySituation situations, Func<bool>? awareness = null)
    {
        // The awareness regex runs over the whole message (about a millisecond for 10,000 characters): skip it when
        // a danger group already fired with every situation the weak groups would add, since it cannot change the result.
        var weakMatters = scan.AnyWeak && (!scan.AnyStrong || (scan.Weak & ~scan.Strong) != SafetySituation.None);
        var weakCounts = weakMatters && !(awareness?.Invoke() ?? IsFramed(normalized));
        var emergency = scan.AnyStrong || weakCounts;
        situations = emergency ? scan.Strong | (weakCounts ? scan.Weak : 0) | scan.Modifiers : SafetySituation.None;
        return emergency;
    }

    /// <summary>Beyond this many words a message is a story, not a question: awareness framing must open it.</summary>
    internal const int StoryWords = 60;

    /// <summary>How far into a story its framing may start ("I'm writing an essay…", "in the novel…").</summary>
    internal const int FramingWords = 20;

    // Awareness framing ("how do traffickers…", "in the novel…") makes weak signs stand down. In a long message it
    // must open the message: a story of someone held against their will that ends "anyway, how do I file taxes?" is
    // not an awareness question, and silencing it would miss exactly the person who buried the danger in the middle.
    private bool IsFramed(string normalized)
    {
        if (lexicon.Awareness is not { } awareness)
        {
            return false;
        }

        foreach (var first in awareness.EnumerateMatches(normalized))
        {
            return first.Index <= FramingReach(normalized);
        }

        return false;
    }

    // The index of the FramingWords-th word in a story, or the whole message if it is shorter than a story.
    private static int FramingReach(string normalized)
    {
        int spaces = 0, reach = int.MaxValue;
        for (var i = normalized.IndexOf(' '); i >= 0; i = normalized.IndexOf(' ', i + 1))
        {
            if (++spaces == FramingWords)
            {
                reach = i;
            }
            else if (spaces == StoryWords)
            {
                return reach;
            }
        }

        return int.MaxValue;
    }

    private ScanState Scan(string normalized)
    {
        var state = new ScanState(lexicon, normalized);
        lexicon.Signals.Matches(normalized, ref state, OnMatch);

        // [near] groups are weak groups found by word proximity rather than by a pattern.
        var near = lexicon.Proximity.Match(normalized, _ignored);
        (state.Weak, state.AnyWeak) = (state.Weak | near, state.AnyWeak || near != SafetySituation.None);
        return state;
    }

    // Static: one cached delegate, no per-message closure.
    private static readonly MatchFound<ScanState> OnMatch = static (ref ScanState state, SafetyFamily family, int index, int length) =>
    {
        if (family.Kind == FamilyKind.Region)
        {
            state.Region = family.Name;
        }
        else if (state.Lexicon.IsIgnored(state.Normalized, index, length))
        {
            // A match inside a harmless phrase ("help me understand", "stuck in traffic") does not count.
            state.AnyIgnored |= family.Kind is FamilyKind.Danger or FamilyKind.Weak;
        }
        else
        {
            switch (family.Kind)
            {
                case FamilyKind.Danger:
                    (state.Strong, state.AnyStrong) = (state.Strong | family.Situations, true);
                    break;
                case FamilyKind.Weak:
                    (state.Weak, state.AnyWeak) = (state.Weak | family.Situations, true);
                    break;
                case FamilyKind.Modifier:
                    state.Modifiers |= family.Situations;
                    break;
            }
        }
    };

    private struct ScanState(SafetyLexicon lexicon, string normalized)
    {
        public readonly SafetyLexicon Lexicon = lexicon;
        public readonly string Normalized = normalized;
        public string? Region;
        public SafetySituation Strong, Weak, Modifiers;
        public bool AnyStrong, AnyWeak, AnyIgnored;
    }

    /// <summary>The normalised text and the groups that matched it (for diagnostics and test output; never logged).</summary>
    public (string Normalized, IReadOnlyList<string> Groups) Explain(string text)
    {
        var normalized = lexicon.Normalizer.Normalize(text);
        var groups = lexicon.FamilyChecks.Keys
            .Where(family => lexicon.GroupMatches(family, normalized))
            .Select(family => $"{family.Kind.ToString().ToLowerInvariant()} {family.Name}")
            .Concat(lexicon.Proximity.Families
                .Where(family => lexicon.Proximity.Match(normalized, lexicon.IsIgnored, family) != SafetySituation.None)
                .Select(family => $"near {family.Name}"))
            .Concat(lexicon.Worries.Families
                .Where(family => lexicon.Worries.Match(normalized, lexicon.IsIgnored, family) != SafetySituation.None)
                .Select(family => $"worry {family.Name}"))
            .ToList();
        return (normalized, groups);
    }

    // The first few hundred words are plenty to tell English from Spanish.
    private const int LanguageWords = 300;

    private int SpanishLead(string normalized)
    {
        var lead = 0;
        var words = 0;
        foreach (var range in normalized.AsSpan().Split(' '))
        {
            if (++words > LanguageWords)
            {
                break;
            }

            var word = normalized.AsSpan()[range];
            lead += lexicon.SpanishWords.Contains(word) ? 1 : lexicon.EnglishWords.Contains(word) ? -1 : 0;
        }

        return lead;
    }
}

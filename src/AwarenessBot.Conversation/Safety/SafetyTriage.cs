namespace AwarenessBot.Conversation.Safety;

/// <summary>Everything triage learns from one message (internal: the gate also needs the awareness and follow-up cues,
/// which are only worked out when asked, because most turns never need them).</summary>
internal sealed record TriageAnalysis(
    bool IsEmergency,
    SafetySituation Situations,
    int SpanishLead,
    string? Region,
    Func<bool> AwarenessCheck,
    Func<bool> FollowUpCheck)
{
    public string Language => SpanishLead > 0 ? "es" : "en";

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
    public TriageResult Assess(string text)
    {
        var analysis = Analyse(text);
        return new TriageResult(analysis.IsEmergency, analysis.Situations, analysis.Language, analysis.Region);
    }

    public TriageAnalysis Analyse(string? text)
    {
        var normalized = lexicon.Normalizer.Normalize(text ?? "");
        string? region = null;
        var signals = new List<SafetyFamily>();
        foreach (var (family, index, length) in lexicon.Signals.Matches(normalized))
        {
            if (family.Kind == FamilyKind.Region)
            {
                region = family.Name;
            }
            else if (!lexicon.IsIgnored(normalized, index, length))
            {
                // A match inside a harmless phrase ("help me understand", "stuck in traffic") does not count.
                signals.Add(family);
            }
        }

        var strong = Situations(signals, FamilyKind.Danger, out var anyStrong);
        var weak = Situations(signals, FamilyKind.Weak, out var anyWeak);
        var modifiers = Situations(signals, FamilyKind.Modifier, out _);
        var awareness = new Lazy<bool>(() => lexicon.Awareness?.IsMatch(normalized) ?? false);
        var weakCounts = anyWeak && !awareness.Value;
        var emergency = anyStrong || weakCounts;
        return new TriageAnalysis(
            emergency,
            emergency ? strong | (weakCounts ? weak : 0) | modifiers : SafetySituation.None,
            SpanishLead(normalized),
            region,
            () => awareness.Value,
            () => lexicon.FollowUp?.IsMatch(normalized) ?? false);
    }

    /// <summary>The normalised text and the groups that matched it (for diagnostics and test output; never logged).</summary>
    public (string Normalized, IReadOnlyList<string> Groups) Explain(string text)
    {
        var normalized = lexicon.Normalizer.Normalize(text);
        var groups = lexicon.FamilyChecks.Keys
            .Where(family => lexicon.GroupMatches(family, normalized))
            .Select(family => $"{family.Kind.ToString().ToLowerInvariant()} {family.Name}")
            .ToList();
        return (normalized, groups);
    }

    private static SafetySituation Situations(List<SafetyFamily> families, FamilyKind kind, out bool any)
    {
        var situations = SafetySituation.None;
        any = false;
        foreach (var family in families.Where(f => f.Kind == kind))
        {
            situations |= family.Situations;
            any = true;
        }

        return situations;
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

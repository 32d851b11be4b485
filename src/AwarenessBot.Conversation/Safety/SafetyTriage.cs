namespace AwarenessBot.Conversation.Safety;

/// <summary>Everything triage learns from one message (internal: the gate also needs the awareness and follow-up cues).</summary>
internal sealed record TriageAnalysis(
    bool IsEmergency,
    SafetySituation Situations,
    int SpanishLead,
    string? Region,
    bool IsAwarenessQuestion,
    bool IsFollowUp)
{
    public string Language => SpanishLead > 0 ? "es" : "en";
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
        SafetySituation strong = 0, weak = 0, modifiers = 0;
        bool anyStrong = false, anyWeak = false;
        foreach (var family in lexicon.Signals.Matches(lexicon.ForSignals(normalized)))
        {
            switch (family.Kind)
            {
                case FamilyKind.Danger:
                    anyStrong = true;
                    strong |= family.Situations;
                    break;
                case FamilyKind.Weak:
                    anyWeak = true;
                    weak |= family.Situations;
                    break;
                default:
                    modifiers |= family.Situations;
                    break;
            }
        }

        var awareness = lexicon.Awareness?.IsMatch(normalized) ?? false;
        var weakCounts = anyWeak && !awareness;
        var emergency = anyStrong || weakCounts;
        var situations = emergency ? strong | (weakCounts ? weak : 0) | modifiers : SafetySituation.None;
        return new TriageAnalysis(
            emergency,
            situations,
            SpanishLead(normalized),
            LastRegion(normalized),
            awareness,
            lexicon.FollowUp?.IsMatch(normalized) ?? false);
    }

    /// <summary>The normalised text and the groups that matched it (for diagnostics and test output; never logged).</summary>
    public (string Normalized, IReadOnlyList<string> Groups) Explain(string text)
    {
        var normalized = lexicon.Normalizer.Normalize(text);
        var cleaned = lexicon.ForSignals(normalized);
        var groups = new List<string>();
        foreach (var (family, regex) in lexicon.FamilyChecks)
        {
            if (regex.IsMatch(family.Kind is FamilyKind.Awareness or FamilyKind.FollowUp or FamilyKind.Region ? normalized : cleaned))
            {
                groups.Add($"{family.Kind.ToString().ToLowerInvariant()} {family.Name}");
            }
        }

        return (cleaned, groups);
    }

    private int SpanishLead(string normalized)
    {
        var lead = 0;
        foreach (var range in normalized.AsSpan().Split(' '))
        {
            var word = normalized.AsSpan()[range];
            lead += lexicon.SpanishWords.Contains(word) ? 1 : lexicon.EnglishWords.Contains(word) ? -1 : 0;
        }

        return lead;
    }

    private string? LastRegion(string normalized)
    {
        if (lexicon.Regions is null)
        {
            return null;
        }

        return lexicon.Regions.Matches(normalized).LastOrDefault()?.Name;
    }
}

using AwarenessBot.Knowledge;

namespace AwarenessBot.Conversation.Safety;

/// <summary>
/// Checks the lexicon's examples against the proximity rules at load: a <c>+</c> example under a [near] group must be
/// caught by it, and no <c>-</c> example anywhere may be made an emergency by one. A [worry] group's examples are
/// checked here whole (patterns and rules): <c>+</c> must raise that worry, <c>-</c> must not. The catalog checks the rest.
/// </summary>
internal static class ProximityExamples
{
    /// <summary>Reports failures and returns the examples left for the catalog's own check (all but [near] and
    /// [worry] <c>+</c> ones).</summary>
    public static IReadOnlyList<LexiconExample> Check(SafetyLexicon lexicon, IReadOnlyList<LexiconExample> examples, List<KnowledgeProblem> problems)
    {
        var rules = lexicon.Proximity;
        var near = rules.Families.ToHashSet();
        if (near.Count == 0 && !examples.Any(e => e.Family.Kind == FamilyKind.Worry))
        {
            return examples;
        }

        // The interpreted [ignore] check, like the catalog's own example checks: load must not wait for the automata.
        Func<string, int, int, bool> ignored = lexicon.IsIgnoredAtLoad;
        bool Worries(LexiconExample example, string normalized) =>
            lexicon.GroupMatches(example.Family, normalized) || lexicon.Worries.Match(normalized, ignored, example.Family) != SafetySituation.None;
        var rest = new List<LexiconExample>();
        foreach (var example in examples)
        {
            var normalized = lexicon.Normalizer.Normalize(example.Text);
            if (example.Family.Kind == FamilyKind.Worry && Worries(example, normalized) != example.MustMatch)
            {
                problems.Add(new KnowledgeProblem(example.File, example.Line, example.MustMatch
                    ? $"example does not raise worry group `{example.Family.Name}`"
                    : $"example marked `-` raises worry group `{example.Family.Name}`"));
            }

            if (example.MustMatch && example.Family.Kind == FamilyKind.Worry)
            {
                continue;
            }

            if (example.MustMatch && near.Contains(example.Family))
            {
                if (rules.Match(normalized, ignored, example.Family) == SafetySituation.None)
                {
                    problems.Add(new KnowledgeProblem(example.File, example.Line, $"example is not caught by group `{example.Family.Name}`"));
                }

                continue;
            }

            if (!example.MustMatch && rules.Match(normalized, ignored) != SafetySituation.None && !(lexicon.Awareness?.IsMatch(normalized) ?? false))
            {
                problems.Add(new KnowledgeProblem(example.File, example.Line, "example marked `-` is treated as an emergency (by a [near] group)"));
            }

            rest.Add(example);
        }

        return rest;
    }
}

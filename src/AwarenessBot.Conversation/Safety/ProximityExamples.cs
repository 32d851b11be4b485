using AwarenessBot.Knowledge;

namespace AwarenessBot.Conversation.Safety;

/// <summary>
/// Checks the lexicon's examples against the [near] groups at load: a <c>+</c> example under a [near] group must be
/// caught by it, and no <c>-</c> example anywhere may be made an emergency by one. The catalog checks the rest.
/// </summary>
internal static class ProximityExamples
{
    /// <summary>Reports failures and returns the examples left for the catalog's own check (all but [near] <c>+</c> ones).</summary>
    public static IReadOnlyList<LexiconExample> Check(SafetyLexicon lexicon, IReadOnlyList<LexiconExample> examples, List<KnowledgeProblem> problems)
    {
        var rules = lexicon.Proximity;
        var near = rules.Families.ToHashSet();
        if (near.Count == 0)
        {
            return examples;
        }

        // The interpreted [ignore] check, like the catalog's own example checks: load must not wait for the automata.
        Func<string, int, int, bool> ignored = lexicon.IsIgnoredAtLoad;
        var rest = new List<LexiconExample>();
        foreach (var example in examples)
        {
            var normalized = lexicon.Normalizer.Normalize(example.Text);
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

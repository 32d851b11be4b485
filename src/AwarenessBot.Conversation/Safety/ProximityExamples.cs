using System.Text.RegularExpressions;
using AwarenessBot.Knowledge;

namespace AwarenessBot.Conversation.Safety;

/// <summary>
/// Checks the lexicon's examples against the [near] groups at load: a <c>+</c> example under a [near] group must be
/// caught by it, and no <c>-</c> example anywhere may be made an emergency by one. The catalog checks the rest.
/// </summary>
internal static class ProximityExamples
{
    /// <summary>Reports failures and returns the examples left for the catalog's own check (all but [near] <c>+</c> ones).</summary>
    public static IReadOnlyList<LexiconExample> Check(
        SafetyLexicon lexicon, IReadOnlyList<string> ignorePatterns, IReadOnlyList<LexiconExample> examples, List<KnowledgeProblem> problems)
    {
        var rules = lexicon.Proximity;
        var near = rules.Families.ToHashSet();
        if (near.Count == 0)
        {
            return examples;
        }

        // Interpreted, like the catalog's own example checks: load must not wait for the linear-time automata.
        var ignore = ignorePatterns.Count == 0 ? null : new Regex(
            string.Join('|', ignorePatterns.Select(p => $@"\b(?:{TextNormalizer.FoldPattern(p)})\b")),
            LexiconParser.CheckOptions,
            LexiconParser.MatchTimeout);
        bool Ignored(string text, int index, int length)
        {
            if (ignore is null)
            {
                return false;
            }

            foreach (var match in ignore.EnumerateMatches(text))
            {
                if (match.Index < index + length && match.Index + match.Length > index)
                {
                    return true;
                }
            }

            return false;
        }

        var rest = new List<LexiconExample>();
        foreach (var example in examples)
        {
            var normalized = lexicon.Normalizer.Normalize(example.Text);
            if (example.MustMatch && near.Contains(example.Family))
            {
                if (rules.Match(normalized, Ignored, example.Family) == SafetySituation.None)
                {
                    problems.Add(new KnowledgeProblem(example.File, example.Line, $"example is not caught by group `{example.Family.Name}`"));
                }

                continue;
            }

            if (!example.MustMatch && rules.Match(normalized, Ignored) != SafetySituation.None && !(lexicon.Awareness?.IsMatch(normalized) ?? false))
            {
                problems.Add(new KnowledgeProblem(example.File, example.Line, "example marked `-` is treated as an emergency (by a [near] group)"));
            }

            rest.Add(example);
        }

        return rest;
    }
}

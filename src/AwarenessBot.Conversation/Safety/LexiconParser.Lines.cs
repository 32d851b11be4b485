using System.Text.RegularExpressions;

namespace AwarenessBot.Conversation.Safety;

// The lexicon's single lines: group headers, `define` names and their use, and the checks every pattern passes.
internal static partial class LexiconParser
{
    private static bool NeedsLinear(FamilyKind kind) =>
        kind is not (FamilyKind.Awareness or FamilyKind.FollowUp or FamilyKind.Worry);

    private static SafetyFamily? ParseHeader(string line, List<Group> groups, Action<string> problem)
    {
        var header = HeaderLine().Match(line);
        if (!header.Success || !Enum.TryParse<FamilyKind>(header.Groups["kind"].Value, ignoreCase: true, out var kind))
        {
            problem("a group header reads `[danger|weak|near|modifier|awareness|followup|region|language|ignore|worry name | Situation, …]`");
            return null;
        }

        var name = header.Groups["name"].Value;
        if (kind == FamilyKind.Region)
        {
            name = name.ToUpperInvariant();
        }
        else if (groups.Any(g => g.Family.Name == name && g.Family.Kind != FamilyKind.Language))
        {
            problem($"group `{name}` is defined twice");
        }

        var situations = SafetySituation.None;
        foreach (var item in header.Groups["situations"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Enum.TryParse<SafetySituation>(item, ignoreCase: true, out var situation) && situation != SafetySituation.None)
            {
                situations |= situation;
            }
            else
            {
                problem($"unknown situation `{item}` (use {string.Join(", ", Enum.GetNames<SafetySituation>().Skip(1))})");
            }
        }

        if (situations == SafetySituation.None && kind is FamilyKind.Danger or FamilyKind.Weak)
        {
            situations = SafetySituation.General;
        }

        return new SafetyFamily(name, kind, situations);
    }

    private static string? Expand(string pattern, Dictionary<string, string> macros, Action<string> problem)
    {
        var ok = true;
        var expanded = MacroUse().Replace(pattern, m =>
        {
            if (macros.TryGetValue(m.Groups["name"].Value, out var body))
            {
                return $"(?:{body})";
            }

            problem($"unknown name `{{{m.Groups["name"].Value}}}` (define it first with `define {m.Groups["name"].Value} = …`)");
            ok = false;
            return m.Value;
        });
        return ok ? expanded : null;
    }

    private static bool IsValid(string pattern, bool linear, Action<string> problem)
    {
        try
        {
            // Parsed by the cheap backtracking constructor: building a linear-time automaton per pattern took seconds.
            _ = new Regex(TextNormalizer.FoldPattern(pattern), CheckOptions, MatchTimeout);
        }
        catch (ArgumentException ex)
        {
            problem($"not a valid pattern: {ex.Message}");
            return false;
        }

        if (linear && LinearUnsupported().IsMatch(pattern))
        {
            problem("look-arounds (?= (?! (?<= (?<!, atomic groups, conditionals and back-references are not allowed here; put the harmless phrase in an [ignore] group instead");
            return false;
        }

        return true;
    }

    // What the linear-time engine rejects: look-arounds, atomic groups, conditionals, back-references.
    [GeneratedRegex(@"(?<!\\)\(\?(?:[=!>(]|<[=!])|\\(?:[1-9]|k<)")]
    private static partial Regex LinearUnsupported();

    [GeneratedRegex(@"^define (?<name>[a-z_]+) = (?<body>.+)$")]
    private static partial Regex DefineLine();

    [GeneratedRegex(@"^\[(?<kind>[a-z]+) (?<name>[A-Za-z0-9_-]+)(?: \| (?<situations>[A-Za-z, ]+))?\]$")]
    private static partial Regex HeaderLine();

    [GeneratedRegex(@"\{(?<name>[a-z_]+)\}")]
    private static partial Regex MacroUse();
}

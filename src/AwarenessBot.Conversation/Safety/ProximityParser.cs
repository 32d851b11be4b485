using System.Globalization;
using System.Text.RegularExpressions;
using AwarenessBot.Knowledge;

namespace AwarenessBot.Conversation.Safety;

/// <summary>
/// Reads the proximity parts of the lexicon: <c>words name = item, item …</c> (a word class; items are words or
/// phrases) and, inside a <c>[near name | Situations]</c> group, <c>within N: slot + slot + …</c>, where a slot is
/// <c>{class}</c>, a word or phrase, or several of them joined by <c>|</c>. Items are normalised like messages.
/// </summary>
internal sealed partial class ProximityParser(IReadOnlyDictionary<string, string> spellings)
{
    private const int MinWindow = 2, MaxWindow = 40;

    private readonly TextNormalizer _normalizer = new(spellings);
    private readonly Dictionary<string, List<string>> _classes = new(StringComparer.Ordinal);
    private readonly List<(SafetyFamily Family, int Window, List<HashSet<string>> Slots)> _rules = [];

    /// <summary>Whether the line is a <c>words</c> line (then it has been read, problems reported).</summary>
    public bool TryAddWords(string line, Action<string> problem)
    {
        if (!line.StartsWith("words ", StringComparison.Ordinal))
        {
            return false;
        }

        var match = WordsLine().Match(line);
        if (!match.Success)
        {
            problem("a words line reads `words name = word, two words, …`");
            return true;
        }

        var name = match.Groups["name"].Value;
        if (_classes.ContainsKey(name))
        {
            problem($"word class `{name}` is defined twice");
            return true;
        }

        var items = Items(match.Groups["items"].Value.Split(','), problem);
        if (items is not null)
        {
            _classes[name] = items;
        }

        return true;
    }

    /// <summary>Reads one <c>within N: a + b</c> line of a [near] group; false (problems reported) when malformed.</summary>
    public bool AddRule(SafetyFamily family, string line, Action<string> problem)
    {
        var match = RuleLine().Match(line);
        if (!match.Success)
        {
            problem("a [near] group line reads `within N: {class} + word|other word + …` (at least two slots)");
            return false;
        }

        var window = int.Parse(match.Groups["window"].Value, CultureInfo.InvariantCulture);
        if (window is < MinWindow or > MaxWindow)
        {
            problem($"the window must be {MinWindow} to {MaxWindow} words");
            return false;
        }

        var slots = new List<HashSet<string>>();
        foreach (var slot in match.Groups["slots"].Value.Split('+', StringSplitOptions.TrimEntries))
        {
            var items = new HashSet<string>(StringComparer.Ordinal);
            foreach (var part in slot.Split('|', StringSplitOptions.TrimEntries))
            {
                if (ClassUse().Match(part) is { Success: true } use)
                {
                    if (!_classes.TryGetValue(use.Groups["name"].Value, out var members))
                    {
                        problem($"unknown word class `{part}` (define it first with `words {use.Groups["name"].Value} = …`)");
                        return false;
                    }

                    items.UnionWith(members);
                }
                else if (Items([part], problem) is { } literal)
                {
                    items.UnionWith(literal);
                }
                else
                {
                    return false;
                }
            }

            slots.Add(items);
        }

        if (slots.Count < 2)
        {
            problem("a [near] line needs at least two slots joined by ` + `");
            return false;
        }

        // One word filling two slots would let a single word satisfy two conditions.
        for (var i = 0; i < slots.Count; i++)
        {
            for (var j = i + 1; j < slots.Count; j++)
            {
                if (slots[i].Overlaps(slots[j]))
                {
                    problem($"slots {i + 1} and {j + 1} share `{slots[i].Intersect(slots[j]).First()}`: a word may fill only one slot of a line");
                    return false;
                }
            }
        }

        _rules.Add((family, window, slots));
        return true;
    }

    /// <summary>The rules of one kind's groups: [near] groups are weak, [worry] groups only raise a worry.</summary>
    public ProximityRules Build(FamilyKind kind)
    {
        var rules = new List<ProximityRule>();
        var terms = new Dictionary<string, Dictionary<string, List<int>>>(StringComparer.Ordinal);
        var next = 0;
        foreach (var (family, window, slots) in _rules.Where(rule => rule.Family.Kind == kind))
        {
            rules.Add(new ProximityRule(family, window, next, slots.Count));
            foreach (var items in slots)
            {
                foreach (var item in items)
                {
                    var space = item.IndexOf(' ', StringComparison.Ordinal);
                    var (first, rest) = space < 0 ? (item, "") : (item[..space], item[(space + 1)..]);
                    var byRest = terms.TryGetValue(first, out var found) ? found : terms[first] = new(StringComparer.Ordinal);
                    (byRest.TryGetValue(rest, out var list) ? list : byRest[rest] = []).Add(next);
                }

                next++;
            }
        }

        return new ProximityRules(rules, terms.ToDictionary(
            entry => entry.Key,
            entry => entry.Value.Select(r => new ProximityTerm(r.Key, r.Key.Length == 0 ? 0 : r.Key.Count(c => c == ' ') + 1, [.. r.Value])).ToArray(),
            StringComparer.Ordinal));
    }

    private List<string>? Items(IEnumerable<string> raw, Action<string> problem)
    {
        var items = new List<string>();
        foreach (var item in raw)
        {
            // The normaliser would turn "{minor}" into the literal word "minor" without a word of warning.
            if (item.AsSpan().IndexOfAny('{', '}') >= 0)
            {
                problem($"`{item.Trim()}` is not expanded inside a words list: list its words, or use the class as a slot of a `within` line");
                return null;
            }

            var normalized = _normalizer.Normalize(item);
            if (normalized.Length == 0)
            {
                problem("an empty word or phrase (check for a doubled `,`, `|` or `+`)");
                return null;
            }

            items.Add(normalized);
        }

        return items;
    }

    [GeneratedRegex(@"^words (?<name>[a-z_]+) = (?<items>.+)$")]
    private static partial Regex WordsLine();

    [GeneratedRegex(@"^within (?<window>\d{1,3}): (?<slots>.+)$")]
    private static partial Regex RuleLine();

    [GeneratedRegex(@"^\{(?<name>[a-z_]+)\}$")]
    private static partial Regex ClassUse();
}

using System.Buffers;
using System.Collections.Frozen;

namespace AwarenessBot.Conversation.Safety;

/// <summary>One <c>within N: a + b + c</c> line of a <c>[near]</c> group: its slots are <see cref="FirstSlot"/> onwards.</summary>
internal sealed record ProximityRule(SafetyFamily Family, int Window, int FirstSlot, int SlotCount);

/// <summary>A word or phrase (normalised) that fills the listed slots; <see cref="Rest"/> is the phrase after its first word.</summary>
internal sealed record ProximityTerm(string Rest, int RestWords, int[] Slots);

/// <summary>
/// The <c>[near]</c> groups: a rule fires when a word from each of its slots occurs within a window of N words, in any
/// order ("keeps" + "passport" + "my" within 6 words). Looked up word by word in one frozen dictionary, so the cost
/// grows with the message's words, not with the number of rules, and no regex runs per message. They behave as weak
/// groups: awareness framing makes them stand down, and a slot word inside an [ignore] phrase does not count.
/// </summary>
internal sealed class ProximityRules
{
    // The per-message positions (three ints a slot) live on the stack up to 8 KB, about 680 slots; a larger lexicon
    // rents them from the pool. Either way no message allocates (at 512 ints the stack limit was outgrown unnoticed
    // and every message allocated 2.4 KB).
    private const int MaxStackInts = 2048;

    private readonly FrozenDictionary<string, ProximityTerm[]>.AlternateLookup<ReadOnlySpan<char>> _terms;
    private readonly ProximityRule[] _ruleOfSlot;

    public ProximityRules(IReadOnlyList<ProximityRule> rules, IReadOnlyDictionary<string, ProximityTerm[]> terms)
    {
        Rules = rules;
        _terms = terms.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _ruleOfSlot = [.. rules.SelectMany(rule => Enumerable.Repeat(rule, rule.SlotCount))];
    }

    public static ProximityRules Empty { get; } = new([], new Dictionary<string, ProximityTerm[]>());

    public IReadOnlyList<ProximityRule> Rules { get; }

    public IEnumerable<SafetyFamily> Families => Rules.Select(rule => rule.Family).Distinct();

    /// <summary>The situations of every rule that fires in the normalised text (only <paramref name="only"/>'s rules
    /// when given); <paramref name="ignored"/> says whether a character span lies in a harmless [ignore] phrase.</summary>
    public SafetySituation Match(string normalized, Func<string, int, int, bool>? ignored, SafetyFamily? only = null)
    {
        var slots = _ruleOfSlot.Length;
        if (slots == 0)
        {
            return SafetySituation.None;
        }

        var rented = slots * 3 > MaxStackInts ? ArrayPool<int>.Shared.Rent(slots * 3) : null;
        try
        {
            // Per slot: the word index where it was last seen, and that occurrence's character span.
            Span<int> seen = rented is null ? stackalloc int[slots * 3] : rented.AsSpan(0, slots * 3);
            seen[..slots].Fill(int.MinValue / 2);
            return Scan(normalized, seen, slots, ignored, only);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<int>.Shared.Return(rented);
            }
        }
    }

    private SafetySituation Scan(string normalized, Span<int> seen, int slots, Func<string, int, int, bool>? ignored, SafetyFamily? only)
    {
        var found = SafetySituation.None;
        var text = normalized.AsSpan();
        var (word, start) = (0, 0);
        while (start < text.Length)
        {
            var length = text[start..].IndexOf(' ') is var space and >= 0 ? space : text.Length - start;
            if (_terms.TryGetValue(text.Slice(start, length), out var terms))
            {
                foreach (var term in terms)
                {
                    var end = start + length;
                    if (term.RestWords > 0)
                    {
                        // A phrase: the words after the first must follow, whole.
                        var after = text[end..];
                        if (after.Length <= term.Rest.Length || after[0] != ' ' || !after[1..].StartsWith(term.Rest, StringComparison.Ordinal)
                            || (after.Length > term.Rest.Length + 1 && after[term.Rest.Length + 1] != ' '))
                        {
                            continue;
                        }

                        end += term.Rest.Length + 1;
                    }

                    foreach (var slot in term.Slots)
                    {
                        (seen[slot], seen[slots + slot], seen[(2 * slots) + slot]) = (word, start, end);
                        var rule = _ruleOfSlot[slot];
                        // A rule that could only add situations already found is not checked again.
                        if ((only is null || rule.Family == only) && (found & rule.Family.Situations) != rule.Family.Situations)
                        {
                            found |= Fires(rule, seen, slots, word + term.RestWords, normalized, ignored) ? rule.Family.Situations : 0;
                        }
                    }
                }
            }

            word++;
            start += length + 1;
        }

        return found;
    }

    // All the rule's slots seen inside the window that ends at this word, none of them in an [ignore] phrase.
    private static bool Fires(ProximityRule rule, ReadOnlySpan<int> seen, int slots, int lastWord, string normalized, Func<string, int, int, bool>? ignored)
    {
        var earliest = lastWord - rule.Window + 1;
        for (var slot = rule.FirstSlot; slot < rule.FirstSlot + rule.SlotCount; slot++)
        {
            if (seen[slot] < earliest)
            {
                return false;
            }
        }

        if (ignored is null)
        {
            return true;
        }

        for (var slot = rule.FirstSlot; slot < rule.FirstSlot + rule.SlotCount; slot++)
        {
            var (from, to) = (seen[slots + slot], seen[(2 * slots) + slot]);
            if (ignored(normalized, from, to - from))
            {
                return false;
            }
        }

        return true;
    }
}

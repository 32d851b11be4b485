using System.Collections.Frozen;

namespace AwarenessBot.Conversation.Safety;

/// <summary>
/// Reads, from a (folded) lexicon pattern's source, the strings of up to four characters that every match starts
/// with (<see cref="PrefixSet"/>), so triage tries a group only where the text starts with one of them. Written for
/// the options triage uses (<see cref="LexiconParser.CheckOptions"/>: case-sensitive, no free spacing). Sound over
/// precise: anchors and look-arounds count as matching nothing (they only narrow a match), a class or escape it
/// cannot list (\w, \p{..}, a negated class, '.') means "anything from here on", and what it does not know at all
/// (back-references, inline options, conditionals) means "anything" for the whole pattern (null). ^ and \A match only
/// at the very start of the text (also when the match is tried from further on), so prefixes are read twice: for a
/// match at the start, and for one anywhere else, where a branch starting with ^ can never match.
/// </summary>
internal static class PatternPrefixes
{
    /// <summary>The prefixes of every match of <paramref name="pattern"/> at the start of the text
    /// (<paramref name="atStart"/>) or anywhere else; null when a match may start with anything. Readings of
    /// parenthesised parts are remembered in <paramref name="readings"/> (pass one per lexicon to share them).</summary>
    public static FrozenSet<string>? Of(string pattern, bool atStart, PrefixReadings? readings = null)
    {
        try
        {
            var reader = new PrefixReader(pattern, atStart, (readings ?? new PrefixReadings()).For(atStart));
            var set = reader.Alternation();
            var strings = reader.AtEnd ? set.Limited().All.ToHashSet(StringComparer.Ordinal) : null;
            return strings is null || strings.Contains("") ? null : strings.ToFrozenSet(StringComparer.Ordinal);
        }
        catch (NotSupportedException)
        {
            // Any construct this reader does not model: the group is tried everywhere, never wrongly skipped.
            return null;
        }
    }
}

/// <summary>The readings of parenthesised parts by source, one table per mode; for one lexicon's build, then dropped.</summary>
internal sealed class PrefixReadings
{
    private readonly Dictionary<string, PrefixSet> _atStart = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PrefixSet> _elsewhere = new(StringComparer.Ordinal);

    public Dictionary<string, PrefixSet> For(bool atStart) => atStart ? _atStart : _elsewhere;
}

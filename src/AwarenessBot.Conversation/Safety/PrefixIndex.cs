using System.Collections.Frozen;

namespace AwarenessBot.Conversation.Safety;

/// <summary>A group's prefixes (<see cref="PatternPrefixes"/>) for a match at the start of the text and anywhere else;
/// null: may match anything there.</summary>
internal sealed record GroupPrefixes(IReadOnlySet<string>? AtStart, IReadOnlySet<string>? Elsewhere)
{
    /// <summary>No filter: the group is tried at every scan match.</summary>
    public static GroupPrefixes Anything { get; } = new(null, null);

    public static GroupPrefixes Of(string source, PrefixReadings? readings = null)
    {
        // Without ^ or \A the two readings are the same: read once (load time).
        var elsewhere = PatternPrefixes.Of(source, atStart: false, readings);
        return new(source.Contains('^', StringComparison.Ordinal) || source.Contains(@"\A", StringComparison.Ordinal) ? PatternPrefixes.Of(source, atStart: true, readings) : elsewhere, elsewhere);
    }
}

/// <summary>
/// All signal groups' prefix sets (<see cref="PatternPrefixes"/>) merged into one lookup: prefix → the groups that
/// may match where the text starts with it, as a bit set in group order. One to four span lookups per scan match,
/// no allocation: the caller passes the bit set, on its stack.
/// </summary>
internal sealed class PrefixIndex
{
    private readonly FrozenDictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly ulong[] _rows;
    private readonly ulong[] _everywhere;

    /// <param name="sets">Each group's prefixes, in group order; null for a group that may match anywhere.</param>
    public PrefixIndex(IReadOnlyList<IReadOnlySet<string>?> sets)
    {
        Words = Math.Max(1, (sets.Count + 63) / 64);
        _everywhere = new ulong[Words];
        var entries = new Dictionary<string, (List<int> Groups, bool Longer)>(StringComparer.Ordinal);
        for (var group = 0; group < sets.Count; group++)
        {
            if (sets[group] is not { } set)
            {
                _everywhere[group / 64] |= 1UL << (group % 64);
                continue;
            }

            foreach (var prefix in set)
            {
                // Every shorter prefix is a key too, marked "look longer": the walk stops at the first miss.
                for (var length = 1; length <= prefix.Length; length++)
                {
                    var key = prefix[..length];
                    var entry = entries.TryGetValue(key, out var found) ? found : ([], false);
                    if (length == prefix.Length)
                    {
                        entry.Groups.Add(group);
                    }
                    else
                    {
                        entry.Longer = true;
                    }

                    entries[key] = entry;
                }
            }
        }

        _rows = new ulong[entries.Count * Words];
        var row = 0;
        var index = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var (key, (groups, longer)) in entries)
        {
            foreach (var group in groups)
            {
                _rows[(row * Words) + (group / 64)] |= 1UL << (group % 64);
            }

            index[key] = new Entry(row++, longer);
        }

        MaxLength = entries.Count == 0 ? 0 : entries.Keys.Max(k => k.Length);
        _lookup = index.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>How many 64-bit words a bit set of groups takes.</summary>
    public int Words { get; }

    /// <summary>The longest prefix held (four at most).</summary>
    public int MaxLength { get; }

    /// <summary>Sets in <paramref name="groups"/> (<see cref="Words"/> long) the groups that may match at the start of
    /// <paramref name="text"/>: those whose prefixes include text[..1], text[..2], … and those that may match anywhere.</summary>
    public void Candidates(ReadOnlySpan<char> text, Span<ulong> groups)
    {
        _everywhere.CopyTo(groups);
        for (var length = 1; length <= Math.Min(MaxLength, text.Length); length++)
        {
            if (!_lookup.TryGetValue(text[..length], out var entry))
            {
                return;
            }

            var row = _rows.AsSpan(entry.Row * Words, Words);
            for (var word = 0; word < row.Length; word++)
            {
                groups[word] |= row[word];
            }

            if (!entry.Longer)
            {
                return;
            }
        }
    }

    // Row: the groups' bits in _rows. Longer: some longer key starts with this one.
    private readonly record struct Entry(int Row, bool Longer);
}

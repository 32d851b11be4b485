using System.Numerics;
using System.Text.RegularExpressions;

namespace AwarenessBot.Conversation.Safety;

/// <summary>
/// Finds which groups match a text: one linear-time regex over all groups finds each match quickly, then the
/// groups' own regexes, anchored at the match (\G), say which group it was; only the groups whose prefixes
/// (<see cref="PrefixIndex"/>) the text there starts with are tried, in group order. Far cheaper than named captures.
/// </summary>
/// <remarks>
/// Reading the prefixes takes a few hundred milliseconds of CPU in a cold process (measured: the first answered turn
/// came 0.4–0.6 s later when it ran during start-up, in the foreground or beside it on two cores), so it runs in the
/// background once start-up is over (<see cref="PrefixReadingDelay"/>). Until it is done, or if it ever fails, every
/// group is tried at every scan match, which finds exactly the same groups, only slower (~10 µs a message).
/// </remarks>
internal sealed class GroupMatcher
{
    private readonly Lazy<Regex> _scan;
    private readonly Task<Filter> _filter;

    /// <param name="scan">The union of every group's patterns.</param>
    /// <param name="groups">In order: a later region overrides an earlier one.</param>
    /// <param name="readPrefixes">Each group's prefixes, in the same order; called once, in the background.</param>
    public GroupMatcher(Lazy<Regex> scan, IReadOnlyList<(SafetyFamily Family, LazyRegex Anchored)> groups, Func<IReadOnlyList<GroupPrefixes>> readPrefixes)
        : this(scan, groups, Task.Run(async () =>
        {
            await Task.Delay(PrefixReadingDelay).ConfigureAwait(false);
            return new Filter(readPrefixes());
        }))
    {
    }

    /// <summary>How long after the lexicon is built the prefix reading starts: past a cold start's first turns.</summary>
    public static readonly TimeSpan PrefixReadingDelay = TimeSpan.FromSeconds(3);

    private GroupMatcher(Lazy<Regex> scan, IReadOnlyList<(SafetyFamily Family, LazyRegex Anchored)> groups, Task<Filter> filter) =>
        (_scan, Groups, _filter) = (scan, groups, filter);

    public IReadOnlyList<(SafetyFamily Family, LazyRegex Anchored)> Groups { get; }

    /// <summary>Each group's prefixes, in group order (waits for the background reading).</summary>
    public IReadOnlyList<GroupPrefixes> Prefixes => _filter.GetAwaiter().GetResult().Prefixes;

    /// <summary>Whether the prefixes are read, so that scan matches are filtered by them.</summary>
    public bool IsFiltering => _filter.IsCompletedSuccessfully;

    /// <summary>The same groups tried at every scan match, no prefix filter: the reference the filter must agree with.</summary>
    public GroupMatcher Unfiltered() => new(_scan, Groups, Task.FromResult(new Filter([.. Groups.Select(_ => GroupPrefixes.Anything)])));

    /// <summary>Calls <paramref name="found"/> for every group that matches where a scan match starts, left to right,
    /// with the span it matched. A callback, not an iterator: no per-message allocation for the enumeration.</summary>
    public void Matches<TState>(string text, ref TState state, MatchFound<TState> found)
        where TState : allows ref struct
    {
        var filter = _filter.IsCompletedSuccessfully ? _filter.Result : null;
        Span<ulong> candidates = stackalloc ulong[(Groups.Count + 63) / 64];
        foreach (var match in _scan.Value.EnumerateMatches(text))
        {
            if (filter is null)
            {
                candidates.Fill(ulong.MaxValue);
            }
            else
            {
                (match.Index == 0 ? filter.AtStart : filter.Elsewhere).Candidates(text.AsSpan(match.Index), candidates);
            }

            for (var word = 0; word < candidates.Length; word++)
            {
                // Lowest bit first: group order, which the callbacks rely on.
                for (var bits = candidates[word]; bits != 0; bits &= bits - 1)
                {
                    var index = (word * 64) + BitOperations.TrailingZeroCount(bits);
                    if (index >= Groups.Count)
                    {
                        break;
                    }

                    var (family, anchored) = Groups[index];

                    // \G pins the group's own match to the scan match; only the first result matters.
                    foreach (var own in anchored.Value.EnumerateMatches(text, match.Index))
                    {
                        found(ref state, family, own.Index, own.Length);
                        break;
                    }
                }
            }
        }
    }

    private sealed class Filter(IReadOnlyList<GroupPrefixes> prefixes)
    {
        public IReadOnlyList<GroupPrefixes> Prefixes { get; } = prefixes;

        /// <summary>The groups to try at a scan match at the start of the text.</summary>
        public PrefixIndex AtStart { get; } = new([.. prefixes.Select(g => g.AtStart)]);

        /// <summary>The groups to try at any other scan match.</summary>
        public PrefixIndex Elsewhere { get; } = new([.. prefixes.Select(g => g.Elsewhere)]);
    }
}

/// <summary>One group match reported by <see cref="GroupMatcher.Matches"/>.</summary>
internal delegate void MatchFound<TState>(ref TState state, SafetyFamily family, int index, int length)
    where TState : allows ref struct;

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
        Span<(int Index, int Length)> batch = stackalloc (int, int)[ScanBatch];
        for (var from = 0; ;)
        {
            var count = Scan(text, from, batch);
            foreach (var match in batch[..count])
            {
                TryGroups(text, match.Index, filter, candidates, ref state, found);
            }

            if (count < batch.Length)
            {
                return;
            }

            // The scan goes on where it would have: after the last match (never stuck on an empty one).
            from = batch[^1].Index + Math.Max(batch[^1].Length, 1);
        }
    }

    // Scan matches are copied out in batches of this many, so the scan's lock is never held while groups are tried.
    private const int ScanBatch = 32;

    /// <summary>The scan's next matches from <paramref name="from"/>, as many as fit, under the scan's lock.</summary>
    /// <remarks>
    /// A Regex keeps one runner for reuse; a thread that finds it taken builds a new one and throws it away after. For
    /// the linear-time automaton a runner's per-thread state is large: two turns scanning at once on two cores made
    /// every message allocate 1.2–1.9 KB instead of 0.26 KB on average, and those runners, some large enough for the
    /// large object heap, set off a gen-2 collection every few seconds under load. A scan takes microseconds, so waiting
    /// for the one runner is far cheaper than building another.
    /// </remarks>
    private int Scan(string text, int from, Span<(int Index, int Length)> batch)
    {
        var scan = _scan.Value;
        var count = 0;
        lock (_scanLock)
        {
            foreach (var match in scan.EnumerateMatches(text, from))
            {
                batch[count++] = (match.Index, match.Length);
                if (count == batch.Length)
                {
                    break;
                }
            }
        }

        return count;
    }

    private readonly Lock _scanLock = new();

    private void TryGroups<TState>(string text, int at, Filter? filter, scoped Span<ulong> candidates, ref TState state, MatchFound<TState> found)
        where TState : allows ref struct
    {
        if (filter is null)
        {
            candidates.Fill(ulong.MaxValue);
        }
        else
        {
            (at == 0 ? filter.AtStart : filter.Elsewhere).Candidates(text.AsSpan(at), candidates);
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
                if (anchored.FirstMatch(text, at) is var (start, length))
                {
                    found(ref state, family, start, length);
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

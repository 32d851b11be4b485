using System.Text.RegularExpressions;

namespace AwarenessBot.Conversation.Safety;

/// <summary>
/// A triage regex (interpreted) built the first time a message needs it, so loading the catalog never pays
/// for checks that no message has reached yet. Racing callers may both build one; the first stored wins.
/// </summary>
internal sealed class LazyRegex(string pattern)
{
    private Regex? _regex;

    // One match at a time, so the regex's one runner is reused. A runner built beside it (when two turns try the same
    // group at once) allocates backtracking stacks sized for the whole group, large object heap arrays for the big
    // groups: under load on two cores that was ~1 KB a message on average and a gen-2 collection every few seconds.
    private readonly Lock _lock = new();

    public Regex Value => Volatile.Read(ref _regex) ?? Build();

    /// <summary>The span of the first match starting the search at <paramref name="at"/> (the pattern starts with \G,
    /// so only a match right there), or null.</summary>
    public (int Index, int Length)? FirstMatch(string text, int at)
    {
        var regex = Value;
        lock (_lock)
        {
            foreach (var match in regex.EnumerateMatches(text, at))
            {
                return (match.Index, match.Length);
            }
        }

        return null;
    }

    private Regex Build()
    {
        Interlocked.CompareExchange(ref _regex, new Regex(pattern, LexiconParser.CheckOptions, LexiconParser.MatchTimeout), null);
        return Volatile.Read(ref _regex)!;
    }
}

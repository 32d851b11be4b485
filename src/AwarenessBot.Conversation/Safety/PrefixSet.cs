namespace AwarenessBot.Conversation.Safety;

/// <summary>
/// What a pattern's matches can start with, as strings of at most <see cref="Length"/> characters: every match starts
/// with one of them. <see cref="Open"/> strings are the whole match read so far (the next part of the pattern may add
/// to them); <see cref="Closed"/> ones stop there, either at the length limit or where the pattern goes on with
/// something that cannot be listed (then any text starting with the string may match). The empty string closed
/// means "may start with anything".
/// </summary>
internal sealed class PrefixSet(HashSet<string> open, HashSet<string> closed)
{
    /// <summary>The longest prefix kept: four characters tell most groups apart, and a few thousand strings list them.</summary>
    public const int Length = 4;

    /// <summary>Above this many strings a set is cut to shorter prefixes (fewer, still covering every match).</summary>
    public const int Cap = 2000;

    // Generous: every loop here settles within a few rounds (each adds a character, or nothing); past this a
    // repetition is closed where it got to, which is still sound.
    private const int MaxRounds = 4 * Length + 4;

    public HashSet<string> Open { get; } = open;

    public HashSet<string> Closed { get; } = closed;

    public int Count => Open.Count + Closed.Count;

    /// <summary>Every string, open or closed: for a lookup, both mean "a text starting with it may match".</summary>
    public IEnumerable<string> All => Open.Concat(Closed);

    /// <summary>Matches the empty string only (anchors, look-arounds, an empty sequence).</summary>
    public static PrefixSet Empty() => new(Set(""), Set());

    /// <summary>Cannot match at all (^ past the start of the text).</summary>
    public static PrefixSet None() => new(Set(), Set());

    /// <summary>May match anything from here on.</summary>
    public static PrefixSet Unknown() => new(Set(), Set(""));

    public static PrefixSet Chars(IEnumerable<char> chars) => new([.. chars.Select(c => c.ToString())], Set());

    /// <summary>This set followed by <paramref name="next"/>; cut to shorter prefixes of the second part when the
    /// combinations would pass the cap.</summary>
    public PrefixSet Then(PrefixSet next)
    {
        if (Open.Count == 0)
        {
            return this;
        }

        for (var cut = 0; ; cut++)
        {
            var tails = new Dictionary<int, PrefixSet>();
            PrefixSet Tail(string head) =>
                tails.TryGetValue(head.Length, out var tail) ? tail : tails[head.Length] = next.Truncated(Length - head.Length - cut);

            // The last round (cut == Length) keeps the heads alone, so it always fits as well as this set does.
            if (cut < Length && Closed.Count + Open.Sum(head => (long)Tail(head).Count) > Cap)
            {
                continue;
            }

            var result = new PrefixSet(Set(), new HashSet<string>(Closed, StringComparer.Ordinal));
            foreach (var head in Open)
            {
                var tail = Tail(head);
                foreach (var rest in tail.Open)
                {
                    _ = (head.Length + rest.Length < Length ? result.Open : result.Closed).Add(head + rest);
                }

                result.Closed.UnionWith(tail.Closed.Select(rest => head + rest));
            }

            return result;
        }
    }

    /// <summary>Any of <paramref name="sets"/> (an alternation).</summary>
    public static PrefixSet Union(IReadOnlyList<PrefixSet> sets) =>
        new PrefixSet([.. sets.SelectMany(s => s.Open)], [.. sets.SelectMany(s => s.Closed)]).Limited();

    /// <summary>Either this set or <paramref name="other"/>.</summary>
    public PrefixSet Or(PrefixSet other) =>
        new PrefixSet([.. Open, .. other.Open], [.. Closed, .. other.Closed]).Limited();

    /// <summary>Between <paramref name="min"/> and <paramref name="max"/> (-1: no limit) copies of this set in a row.</summary>
    public PrefixSet Repeat(int min, int max)
    {
        var result = Power(Empty(), this, min);
        if (max < 0)
        {
            // x* = the least set S with S = ε | S x: grown round by round until it stops changing.
            var star = Empty();
            for (var round = 0; ; round++)
            {
                var grown = star.Or(star.Then(this));
                if (grown.SameAs(star))
                {
                    return result.Then(star);
                }

                star = grown;
                if (round == MaxRounds)
                {
                    return result.Then(star.Closing());
                }
            }
        }

        return Power(result, Empty().Or(this), max - min);
    }

    /// <summary>Every string longer than <paramref name="length"/> cut to it and closed.</summary>
    public PrefixSet Truncated(int length)
    {
        length = Math.Max(length, 0);
        var result = new PrefixSet(Set(), Set());
        foreach (var s in Open)
        {
            _ = s.Length <= length ? result.Open.Add(s) : result.Closed.Add(s[..length]);
        }

        result.Closed.UnionWith(Closed.Select(s => s.Length <= length ? s : s[..length]));
        return result;
    }

    /// <summary>At most <see cref="Cap"/> strings: the longest cut by one character until it fits.</summary>
    public PrefixSet Limited()
    {
        var set = this;
        for (var length = Length - 1; set.Count > Cap && length >= 0; length--)
        {
            set = set.Truncated(length);
        }

        return set;
    }

    private static PrefixSet Power(PrefixSet start, PrefixSet item, int times)
    {
        var result = start;
        for (var i = 0; i < times; i++)
        {
            var next = result.Then(item);
            if (next.SameAs(result))
            {
                // A fixed point: more copies change nothing (all strings closed, or the item only adds nothing).
                return result;
            }

            result = next;
            if (i == MaxRounds)
            {
                // Every longer run starts with one of these strings, so closing them covers it.
                return result.Closing();
            }
        }

        return result;
    }

    private PrefixSet Closing() => new(Set(), [.. Open, .. Closed]);

    private bool SameAs(PrefixSet other) => Open.SetEquals(other.Open) && Closed.SetEquals(other.Closed);

    private static HashSet<string> Set(params string[] items) => new(items, StringComparer.Ordinal);
}

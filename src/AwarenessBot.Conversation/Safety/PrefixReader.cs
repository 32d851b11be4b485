using System.Globalization;

namespace AwarenessBot.Conversation.Safety;

/// <summary>The recursive-descent reading behind <see cref="PatternPrefixes"/>: groups, sequences and quantifiers here,
/// classes and escapes in PrefixReader.Classes.cs. Throws <see cref="NotSupportedException"/> where it gives up.</summary>
internal sealed partial class PrefixReader(string p, bool atStart, Dictionary<string, PrefixSet> groups)
{
    private int _i;

    public bool AtEnd => _i == p.Length;

    // A group's reading by its source: the lexicon's defines ({he}, {harm}, …) recur in many patterns and groups.
    // Shared by every reading of one lexicon in the same mode (at start or not), which reads each define once.
    private readonly Dictionary<string, PrefixSet> _groups = groups;

    public PrefixSet Alternation()
    {
        List<PrefixSet> branches = [Sequence()];
        while (Take("|"))
        {
            branches.Add(Sequence());
        }

        return branches.Count == 1 ? branches[0] : PrefixSet.Union(branches);
    }

    private PrefixSet Sequence()
    {
        var set = PrefixSet.Empty();
        while (_i < p.Length && p[_i] is not ('|' or ')'))
        {
            if (set.Open.Count == 0)
            {
                // Every string is closed: nothing further on can change how a match starts, so the rest is stepped
                // over unread (most of a long pattern: reading it built and threw away sets of thousands of strings).
                SkipQuantifiedAtom();
                continue;
            }

            set = set.Then(Quantified(Atom()));
        }

        return set;
    }

    private PrefixSet Atom() => p[_i++] switch
    {
        '(' => Group(),
        '[' => Class(),
        '.' => PrefixSet.Unknown(),
        '^' => StartAnchor(),
        '$' => PrefixSet.Empty(),
        '\\' => Escape(),
        '*' or '+' or '?' => throw new NotSupportedException("a quantifier with nothing before it"),
        var c => PrefixSet.Chars([c]),
    };

    private PrefixSet StartAnchor() => atStart ? PrefixSet.Empty() : PrefixSet.None();

    private PrefixSet Group()
    {
        var zeroWidth = false;
        if (Take("?=") || Take("?!") || Take("?<=") || Take("?<!"))
        {
            zeroWidth = true;
        }
        else if (Take("?<") || Take("?'"))
        {
            // A named group (ExplicitCapture still captures these); a balancing group is not modelled.
            while (_i < p.Length && (char.IsAsciiLetterOrDigit(p[_i]) || p[_i] == '_'))
            {
                _i++;
            }

            _ = Take(">") || Take("'") ? true : throw new NotSupportedException("balancing group");
        }
        else if (!Take("?:") && !Take("?>") && _i < p.Length && p[_i] == '?')
        {
            throw new NotSupportedException("inline options, conditionals or comments");
        }

        // Under ExplicitCapture a plain (...) does not capture; an atomic group matches a subset of its content.
        var close = CloseOf(_i);
        var key = close < 0 ? null : p[_i..close];
        if (key is null || !_groups.TryGetValue(key, out var inner))
        {
            var start = _i;
            inner = Alternation();
            if (key is not null && _i == close && start + key.Length == close)
            {
                // Only a reading that ended where the quick scan said: the same text is then read the same way.
                _groups[key] = inner;
            }
        }
        else
        {
            _i = close;
        }

        _ = Take(")") ? true : throw new NotSupportedException("unbalanced group");
        return zeroWidth ? PrefixSet.Empty() : inner;
    }

    // Where the group whose content starts at `from` closes (skipping escapes and classes), or -1.
    private int CloseOf(int from)
    {
        var depth = 0;
        for (var j = from; j < p.Length; j++)
        {
            switch (p[j])
            {
                case '\\':
                    j++;
                    break;
                case '[':
                    j = ClassEnd(j);
                    break;
                case '(':
                    depth++;
                    break;
                case ')' when depth-- == 0:
                    return j;
            }
        }

        return -1;
    }

    private PrefixSet Quantified(PrefixSet atom)
    {
        (int Min, int Max)? range = _i >= p.Length ? null : p[_i] switch
        {
            '*' => (0, -1),
            '+' => (1, -1),
            '?' => (0, 1),
            '{' => Braces(),
            _ => null,
        };
        if (range is not { } found)
        {
            return atom;
        }

        var (min, max) = found;
        _i = p[_i] == '{' ? p.IndexOf('}', _i) + 1 : _i + 1;
        _ = Take("?"); // lazy: the same strings, only tried in another order
        return atom.Repeat(min, max);
    }

    // {n}, {n,} or {n,m}; anything else starting with '{' is a literal brace.
    private (int, int)? Braces()
    {
        var close = p.IndexOf('}', _i);
        var parts = close < 0 ? [] : p[(_i + 1)..close].Split(',');
        static bool Number(string s, out int n) => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out n);
        return parts switch
        {
            [var n] when Number(n, out var times) => (times, times),
            [var n, ""] when Number(n, out var min) => (min, -1),
            [var n, var m] when Number(n, out var min) && Number(m, out var max) => (min, max),
            _ => null,
        };
    }
}

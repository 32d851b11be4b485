using System.Globalization;

namespace AwarenessBot.Conversation.Safety;

/// <summary>The recursive-descent reading behind <see cref="PatternPrefixes"/>: groups, sequences and quantifiers here,
/// classes and escapes in PrefixReader.Classes.cs. Throws <see cref="NotSupportedException"/> where it gives up.</summary>
internal sealed partial class PrefixReader(string p, bool atStart)
{
    private int _i;

    public bool AtEnd => _i == p.Length;

    public PrefixSet Alternation()
    {
        var set = Sequence();
        while (Take("|"))
        {
            set = set.Or(Sequence());
        }

        return set;
    }

    private PrefixSet Sequence()
    {
        var set = PrefixSet.Empty();
        while (_i < p.Length && p[_i] is not ('|' or ')'))
        {
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
        var inner = Alternation();
        _ = Take(")") ? true : throw new NotSupportedException("unbalanced group");
        return zeroWidth ? PrefixSet.Empty() : inner;
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

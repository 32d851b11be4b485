using System.Buffers;

namespace AwarenessBot.Conversation.Safety;

/// <summary>
/// The characters a (folded) lexicon pattern can start with, read from its source: lets triage skip, at each
/// place the linear-time scan matched, the per-group checks that cannot start there (most of them). Conservative:
/// anything it does not understand, and any class it cannot list, means "may start with anything" (null).
/// </summary>
internal static class FirstChars
{
    /// <summary>The set of first characters of an alternation of patterns, or null for "any".</summary>
    public static SearchValues<char>? Of(string pattern)
    {
        var set = new HashSet<char>();
        var position = 0;
        var (_, any) = Alternation(pattern, ref position, set);
        return any || position != pattern.Length ? null : SearchValues.Create([.. set]);
    }

    // Returns (nullable, any) for `a|b|…` up to a closing parenthesis or the end.
    private static (bool Nullable, bool Any) Alternation(string p, ref int i, HashSet<char> set)
    {
        var (nullable, any) = Sequence(p, ref i, set);
        while (i < p.Length && p[i] == '|')
        {
            i++;
            var (n, a) = Sequence(p, ref i, set);
            (nullable, any) = (nullable || n, any || a);
        }

        return (nullable, any);
    }

    private static (bool Nullable, bool Any) Sequence(string p, ref int i, HashSet<char> set)
    {
        var collecting = true;
        var any = false;
        while (i < p.Length && p[i] is not ('|' or ')'))
        {
            var own = new HashSet<char>();
            var (nullable, itemAny) = Item(p, ref i, own);
            nullable |= Quantifier(p, ref i);
            if (collecting)
            {
                set.UnionWith(own);
                any |= itemAny;
                collecting = nullable;
            }
        }

        return (collecting, any);
    }

    private static (bool Nullable, bool Any) Item(string p, ref int i, HashSet<char> set)
    {
        var c = p[i++];
        switch (c)
        {
            case '(':
                if (!p.AsSpan(i).StartsWith("?:"))
                {
                    return (false, true);
                }

                i += 2;
                var result = Alternation(p, ref i, set);
                i++; // ')'
                return result;
            case '[':
                return (false, Class(p, ref i, set));
            case '^' or '$':
                return (true, false);
            case '.':
                return (false, true);
            case '\\':
                var e = p[i++];
                if (e is 'b' or 'B' or 'G' or 'A' or 'z' or 'Z')
                {
                    return (true, false);
                }

                if (e == 'd')
                {
                    set.UnionWith("0123456789");
                    return (false, false);
                }

                return char.IsAsciiLetter(e) ? (false, true) : Literal(e, set);
            default:
                return Literal(c, set);
        }
    }

    private static (bool, bool) Literal(char c, HashSet<char> set)
    {
        set.Add(c);
        return (false, c > 0x7F);
    }

    // A positive class of plain characters and ranges; a negated one, or one with escapes, may start with anything.
    private static bool Class(string p, ref int i, HashSet<char> set)
    {
        var any = p[i] == '^';
        for (; p[i] != ']'; i++)
        {
            any |= p[i] == '\\';
            if (i + 2 < p.Length && p[i + 1] == '-' && p[i + 2] != ']')
            {
                for (var c = p[i]; c <= p[i + 2]; c++)
                {
                    set.Add(c);
                }

                i += 2;
            }
            else
            {
                set.Add(p[i]);
            }
        }

        i++;
        return any;
    }

    // ?, *, {0,n} make the item optional; + and {n,m} with n > 0 keep it required. A trailing ? (lazy) is skipped.
    private static bool Quantifier(string p, ref int i)
    {
        if (i >= p.Length)
        {
            return false;
        }

        var optional = false;
        if (p[i] is '?' or '*')
        {
            optional = true;
            i++;
        }
        else if (p[i] == '+')
        {
            i++;
        }
        else if (p[i] == '{' && p.IndexOf('}', i) is var close and > 0)
        {
            optional = p.AsSpan(i + 1).StartsWith("0");
            i = close + 1;
        }
        else
        {
            return false;
        }

        if (i < p.Length && p[i] == '?')
        {
            i++;
        }

        return optional;
    }
}

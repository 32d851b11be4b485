using System.Globalization;

namespace AwarenessBot.Conversation.Safety;

internal sealed partial class PrefixReader
{
    // What \d and \s match in .NET without RegexOptions.ECMAScript: every Unicode decimal digit and white space.
    private static readonly char[] Digits = [.. AllChars().Where(char.IsDigit)];
    private static readonly char[] Spaces = [.. AllChars().Where(char.IsWhiteSpace)];

    private PrefixSet Escape()
    {
        var e = p[_i++];
        switch (e)
        {
            case 'A':
                return StartAnchor();
            case 'b' or 'B' or 'G' or 'z' or 'Z':
                return PrefixSet.Empty();
            case 'd':
                return PrefixSet.Chars(Digits);
            case 's':
                return PrefixSet.Chars(Spaces);
            case 'w' or 'W' or 'D' or 'S':
                return PrefixSet.Unknown();
            case 'p' or 'P':
                SkipCategory();
                return PrefixSet.Unknown();
            default:
                return PrefixSet.Chars([Escaped(e)]);
        }
    }

    private PrefixSet Class()
    {
        var negated = Take("^");
        var chars = new HashSet<char>();
        var listed = !negated;
        for (var first = true; first || !Take("]"); first = false)
        {
            if (_i >= p.Length || p.AsSpan(_i).StartsWith("-["))
            {
                throw new NotSupportedException("class subtraction");
            }

            if (ClassAtom(chars, ref listed) is not { } low)
            {
                continue;
            }

            if (_i + 1 < p.Length && p[_i] == '-' && p[_i + 1] is not (']' or '['))
            {
                _i++;
                var high = ClassAtom(chars, ref listed) ?? throw new NotSupportedException("a range to a class");
                chars.UnionWith(Enumerable.Range(low, Math.Max(0, high - low + 1)).Select(c => (char)c));
            }
            else
            {
                chars.Add(low);
            }
        }

        return listed && chars.Count <= PrefixSet.Cap ? PrefixSet.Chars(chars) : PrefixSet.Unknown();
    }

    // One character of a class, or null after adding a shorthand class (or marking it unlistable).
    private char? ClassAtom(HashSet<char> chars, ref bool listed)
    {
        var c = p[_i++];
        if (c != '\\')
        {
            return c;
        }

        switch (p[_i++])
        {
            case 'd':
                chars.UnionWith(Digits);
                return null;
            case 's':
                chars.UnionWith(Spaces);
                return null;
            case 'w' or 'W' or 'D' or 'S':
                listed = false;
                return null;
            case 'p' or 'P':
                SkipCategory();
                listed = false;
                return null;
            case 'b':
                return '\b';
            case var e:
                return Escaped(e);
        }
    }

    // The character an escape stands for; letters and digits not listed here are not modelled.
    private char Escaped(char e)
    {
        switch (e)
        {
            case 't': return '\t';
            case 'n': return '\n';
            case 'r': return '\r';
            case 'f': return '\f';
            case 'v': return '\v';
            case 'a': return '\a';
            case 'e': return '\u001B';
            case 'x' or 'u':
                var digits = e == 'x' ? 2 : 4;
                var code = p.Length - _i >= digits && int.TryParse(p.AsSpan(_i, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var n)
                    ? n : throw new NotSupportedException("a short hex escape");
                _i += digits;
                return (char)code;
            default:
                return char.IsAsciiLetterOrDigit(e) ? throw new NotSupportedException("back-reference or unknown escape") : e;
        }
    }

    // The {Name} after \p or \P.
    private void SkipCategory() =>
        _i = Take("{") && p.IndexOf('}', _i) is var close and >= 0 ? close + 1 : throw new NotSupportedException("a category without braces");

    private bool Take(string s)
    {
        if (!p.AsSpan(_i).StartsWith(s, StringComparison.Ordinal))
        {
            return false;
        }

        _i += s.Length;
        return true;
    }

    private static IEnumerable<char> AllChars() => Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i);
}

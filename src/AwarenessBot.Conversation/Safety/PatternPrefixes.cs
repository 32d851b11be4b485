using System.Collections.Frozen;
using System.Globalization;

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
    // What \d and \s match in .NET without RegexOptions.ECMAScript: every Unicode decimal digit and white space.
    private static readonly char[] Digits = [.. AllChars().Where(char.IsDigit)];
    private static readonly char[] Spaces = [.. AllChars().Where(char.IsWhiteSpace)];

    /// <summary>The prefixes of every match of <paramref name="pattern"/> at the start of the text
    /// (<paramref name="atStart"/>) or anywhere else; null when a match may start with anything.</summary>
    public static FrozenSet<string>? Of(string pattern, bool atStart)
    {
        try
        {
            var parser = new Parser(pattern, atStart);
            var set = parser.Alternation();
            var strings = parser.AtEnd ? set.Limited().All.ToHashSet(StringComparer.Ordinal) : null;
            return strings is null || strings.Contains("") ? null : strings.ToFrozenSet(StringComparer.Ordinal);
        }
        catch (NotSupportedException)
        {
            // Any construct this reader does not model: the group is tried everywhere, never wrongly skipped.
            return null;
        }
    }

    private static IEnumerable<char> AllChars() => Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i);

    private sealed class Parser(string p, bool atStart)
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
    }
}

using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace AwarenessBot.Conversation.Safety;

/// <summary>
/// Turns a message into the form the safety patterns are written against: lower case, no accents,
/// full-width folded (NFKC), zero-width characters dropped, apostrophes removed ("can't" → "cant"),
/// punctuation as spaces, every run of a repeated letter cut to one ("heeelp", "kill" → "help", "kil"),
/// emoji and texting spellings replaced from the spellings file ("pls" → "please", "🆘" → "sos").
/// Patterns go through <see cref="FoldPattern"/> so both sides are cut the same way.
/// </summary>
internal sealed class TextNormalizer
{
    // Frozen: looked up once per word of every message, so the faster read path pays for the slower build.
    private readonly FrozenDictionary<string, string> _spellings;
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int _longestKey;

    public TextNormalizer(IReadOnlyDictionary<string, string> spellings)
    {
        _spellings = spellings.ToFrozenDictionary(StringComparer.Ordinal);
        _lookup = _spellings.GetAlternateLookup<ReadOnlySpan<char>>();
        _longestKey = _spellings.Count == 0 ? 0 : _spellings.Keys.Max(k => k.Length);
    }

    public string Normalize(string text)
    {
        var buffer = new CharBuffer(text.Length + 16);
        var tokenStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiLetterOrDigit(c))
            {
                // Fast path for plain ASCII, which is nearly every message.
                AppendChar(ref buffer, tokenStart, char.ToLowerInvariant(c));
            }
            else if (c < 0x80 && c != '\'' && c != '`')
            {
                tokenStart = EndToken(ref buffer, tokenStart);
            }
            else
            {
                if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var consumed) != OperationStatus.Done)
                {
                    (rune, consumed) = (Rune.ReplacementChar, 1);
                }

                i += consumed - 1;
                tokenStart = AppendRune(ref buffer, tokenStart, CharFolding.Fold(rune));
            }
        }

        EndToken(ref buffer, tokenStart);
        return buffer.ToStringTrimmed();
    }

    private int AppendRune(ref CharBuffer buffer, int tokenStart, Rune rune)
    {
        if (Rune.IsLetter(rune) || Rune.IsDigit(rune))
        {
            AppendLetter(ref buffer, tokenStart, rune);
            return tokenStart;
        }

        if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format or UnicodeCategory.EnclosingMark
            || rune.Value is '\'' or '\u2019' or '\u2018' or '\u02BC' or '`')
        {
            // Accents, zero-width joiners/spaces, variation selectors and apostrophes vanish inside a word.
            return tokenStart;
        }

        tokenStart = EndToken(ref buffer, tokenStart);
        if (rune.Value > 0x7F && _spellings.TryGetValue(rune.ToString(), out var word))
        {
            buffer.Append(word);
            tokenStart = EndToken(ref buffer, tokenStart, applySpellings: false);
        }

        return tokenStart;
    }

    /// <summary>Folds a single word or phrase from a data file (spelling keys, language words) like a message.</summary>
    public static string FoldWord(string text) => new TextNormalizer(new Dictionary<string, string>()).Normalize(text);

    /// <summary>
    /// Lower-cases, strips accents and cuts repeated letters in a regex source, leaving escapes alone; <c>\w</c>
    /// outside a character class becomes <c>[^ ]</c>, which is the same thing on normalised text (every character
    /// but the single space between words is a letter or digit) and makes the linear-time automaton several times
    /// cheaper to build and grow than the Unicode word class does.
    /// </summary>
    public static string FoldPattern(string pattern)
    {
        var decomposed = string.Concat(pattern.EnumerateRunes().Select(r => CharFolding.Fold(r).ToString()));
        var sb = new StringBuilder(decomposed.Length);
        var last = '\0';
        var inClass = false;
        for (var i = 0; i < decomposed.Length; i++)
        {
            var c = decomposed[i];
            if (c == '\\' && i + 1 < decomposed.Length)
            {
                var escaped = decomposed[++i];
                _ = escaped == 'w' && !inClass ? sb.Append("[^ ]") : sb.Append(c).Append(escaped);
                last = '\0';
                continue;
            }

            inClass = c == '[' || (inClass && c != ']');

            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            c = char.ToLowerInvariant(c);
            if (char.IsLetter(c) && c == last)
            {
                continue;
            }

            sb.Append(c);
            last = c;
        }

        return sb.ToString();
    }

    private static void AppendLetter(ref CharBuffer buffer, int tokenStart, Rune rune)
    {
        var lower = Rune.ToLowerInvariant(rune);
        if (lower.IsBmp)
        {
            AppendChar(ref buffer, tokenStart, (char)lower.Value);
        }
        else
        {
            buffer.Append(lower.ToString());
        }
    }

    private static void AppendChar(ref CharBuffer buffer, int tokenStart, char c)
    {
        // Repeated letters are cut to one ("heeelp", "pleeease"); digits keep their runs ("911", "000").
        if (buffer.Length > tokenStart && char.IsLetter(c) && buffer.Last == c)
        {
            return;
        }

        buffer.Append(c);
    }

    private int EndToken(ref CharBuffer buffer, int tokenStart, bool applySpellings = true)
    {
        if (buffer.Length == tokenStart)
        {
            return tokenStart;
        }

        if (applySpellings && buffer.Length - tokenStart <= _longestKey && _lookup.TryGetValue(buffer.Slice(tokenStart), out var replacement))
        {
            buffer.Length = tokenStart;
            buffer.Append(replacement);
        }

        if (buffer.Length > 0 && buffer.Last != ' ')
        {
            buffer.Append(' ');
        }

        return buffer.Length;
    }

    private struct CharBuffer(int capacity)
    {
        private char[] _chars = new char[capacity];

        public int Length { get; set; }

        public readonly char Last => _chars[Length - 1];

        public readonly ReadOnlySpan<char> Slice(int start) => _chars.AsSpan(start, Length - start);

        public void Append(char c)
        {
            Grow(1);
            _chars[Length++] = c;
        }

        public void Append(string s)
        {
            Grow(s.Length);
            s.CopyTo(_chars.AsSpan(Length));
            Length += s.Length;
        }

        // Trimmed before the copy: every message ends in the space EndToken appends, so trimming the string
        // afterwards would copy a long message twice.
        public readonly string ToStringTrimmed() => new(_chars.AsSpan(0, Length).Trim());

        private void Grow(int extra)
        {
            if (Length + extra > _chars.Length)
            {
                Array.Resize(ref _chars, Math.Max(_chars.Length * 2, Length + extra));
            }
        }
    }
}

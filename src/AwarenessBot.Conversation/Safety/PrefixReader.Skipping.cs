namespace AwarenessBot.Conversation.Safety;

/// <summary>Stepping over the part of a pattern whose reading cannot matter: every prefix is already closed.</summary>
internal sealed partial class PrefixReader
{
    private void SkipQuantifiedAtom()
    {
        switch (p[_i++])
        {
            case '(':
                var close = CloseOf(_i);
                // Inline options are not scoped like the rest: .NET has been seen to apply a later (?i) to text
                // before it (found by PatternPrefixesPropertyTests). Never stepped over, as they are never read.
                _i = close >= 0 && !HasInlineOptions(_i - 1, close) ? close + 1 : throw new NotSupportedException("inline options");
                break;
            case '[':
                _i = ClassEnd(_i - 1) + 1;
                break;
            case '\\':
                _i++;
                break;
        }

        if (_i < p.Length && (p[_i] is '*' or '+' or '?' || (p[_i] == '{' && Braces() is not null)))
        {
            _i = p[_i] == '{' ? p.IndexOf('}', _i) + 1 : _i + 1;
            _ = Take("?");
        }
    }

    private bool HasInlineOptions(int from, int to)
    {
        for (var j = from; j < to; j++)
        {
            if (p[j] == '\\')
            {
                j++;
            }
            else if (p[j] == '(' && j + 2 < p.Length && p[j + 1] == '?' && p[j + 2] is not (':' or '>' or '=' or '!' or '<' or '\''))
            {
                return true;
            }
        }

        return false;
    }

    // The ']' closing the class that opens at `open` (a ']' or "^]" right after the '[' is a member), or the end.
    private int ClassEnd(int open)
    {
        var j = open + (p.AsSpan(open + 1).StartsWith("^]") ? 3 : p.AsSpan(open + 1).StartsWith("]") ? 2 : 1);
        while (j < p.Length && p[j] != ']')
        {
            j += p[j] == '\\' ? 2 : 1;
        }

        return j;
    }
}

namespace AwarenessBot.Knowledge.Search;

/// <summary>
/// A reader over part of a string, reused per thread: the analyzer reads the first characters of a long
/// message without a copy of them (a substring of a 100,000-character paste is 4 KB per message). Disposing it
/// (the analyzer does, after each message) releases nothing, so it can be reset and reused.
/// </summary>
internal sealed class TextWindowReader : TextReader
{
    private string _text = string.Empty;
    private int _position;
    private int _end;

    public TextWindowReader Reset(string text, int length)
    {
        _text = text;
        _position = 0;
        _end = length;
        return this;
    }

    public override int Peek() => _position < _end ? _text[_position] : -1;

    public override int Read() => _position < _end ? _text[_position++] : -1;

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        var n = Math.Min(buffer.Length, _end - _position);
        if (n <= 0)
        {
            return 0;
        }

        _text.AsSpan(_position, n).CopyTo(buffer);
        _position += n;
        return n;
    }
}

using System.Text.RegularExpressions;

namespace AwarenessBot.Conversation.Safety;

/// <summary>
/// A regex that triage runs on every message: interpreted at first (built on first need, cheap), swapped for a
/// RegexOptions.Compiled copy of the same pattern once the background build after load gets to it. Compiling
/// all of them eagerly cost seconds of every start (see <see cref="LexiconBuilder"/>); in the background it only
/// costs spare CPU, and the compiled engine has the same semantics, so verdicts never change, only speed.
/// </summary>
internal sealed class HotRegex(string pattern)
{
    private Regex? _regex;

    public Regex Value => Volatile.Read(ref _regex) ?? Interpreted();

    /// <summary>Builds the compiled copy and swaps it in (call from a background task).</summary>
    public void Compile() =>
        Volatile.Write(ref _regex, new Regex(pattern, LexiconParser.CheckOptions | RegexOptions.Compiled, LexiconParser.MatchTimeout));

    private Regex Interpreted()
    {
        // Racing callers may both build one; the first stored (or the compiled copy) wins.
        Interlocked.CompareExchange(ref _regex, new Regex(pattern, LexiconParser.CheckOptions, LexiconParser.MatchTimeout), null);
        return Volatile.Read(ref _regex)!;
    }
}

using System.Text.RegularExpressions;

namespace AwarenessBot.Conversation.Safety;

/// <summary>
/// A triage regex (interpreted) built the first time a message needs it, so loading the catalog never pays
/// for checks that no message has reached yet. Racing callers may both build one; the first stored wins.
/// </summary>
internal sealed class LazyRegex(string pattern)
{
    private Regex? _regex;

    public Regex Value => Volatile.Read(ref _regex) ?? Build();

    private Regex Build()
    {
        Interlocked.CompareExchange(ref _regex, new Regex(pattern, LexiconParser.CheckOptions, LexiconParser.MatchTimeout), null);
        return Volatile.Read(ref _regex)!;
    }
}

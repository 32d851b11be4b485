using System.Text.RegularExpressions;
using AwarenessBot.Conversation.Safety;

namespace AwarenessBot.Conversation.Tests.Safety;

public sealed class LazyRegexTests
{
    [Theory]
    [InlineData("they took my passport", 5, 5)]
    [InlineData("he took my passport away", 3, 3)]
    [InlineData("nothing here", 0, -1)]
    public void Value_AnchoredPattern_MatchesOnlyAtTheStartPosition(string text, int start, int expected)
    {
        var check = new LazyRegex(@"\G(?:\b(?:took my (?:passport|papers))\b)");

        var found = -1;
        foreach (var match in check.Value.EnumerateMatches(text, start))
        {
            found = match.Index;
            break;
        }

        Assert.Equal(expected, found);
        Assert.False(check.Value.Options.HasFlag(RegexOptions.Compiled));
        Assert.Same(check.Value, check.Value);
    }
}

using System.Text.RegularExpressions;
using AwarenessBot.Conversation.Safety;

namespace AwarenessBot.Conversation.Tests.Safety;

public sealed class HotRegexTests
{
    [Theory]
    [InlineData("they took my passport", 5)]
    [InlineData("he took my passport away", 3)]
    [InlineData("nothing here", 0)]
    public void Compile_AnchoredPattern_SwapsInCompiledEngineWithSameMatch(string text, int start)
    {
        var hot = new HotRegex(@"\G(?:\b(?:took my (?:passport|papers))\b)");
        var before = Matches(hot.Value, text, start);
        Assert.False(hot.Value.Options.HasFlag(RegexOptions.Compiled));

        hot.Compile();

        Assert.True(hot.Value.Options.HasFlag(RegexOptions.Compiled));
        Assert.Equal(before, Matches(hot.Value, text, start));
    }

    private static (int Index, int Length)? Matches(Regex regex, string text, int start)
    {
        foreach (var match in regex.EnumerateMatches(text, start))
        {
            return (match.Index, match.Length);
        }

        return null;
    }
}

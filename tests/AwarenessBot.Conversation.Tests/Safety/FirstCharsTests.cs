using AwarenessBot.Conversation.Safety;

namespace AwarenessBot.Conversation.Tests.Safety;

public sealed class FirstCharsTests
{
    [Theory]
    [InlineData(@"\b(?:(?:please )?help)\b", "ph", "mx")]
    [InlineData(@"\b(?:(?:i|we) (?:\w+ ){0,2}owe)\b|\b(?:sos)\b", "iws", "ox")]
    [InlineData(@"\b(?:[1-9] ?years?|1[0-7])\b", "123456789", "a0")]
    [InlineData(@"^(?:oh |god )*(?:help|sos)$", "ogh", "x")]
    public void Of_Pattern_ListsExactlyTheCharactersAMatchCanStartWith(string pattern, string starts, string never)
    {
        var set = FirstChars.Of(TextNormalizer.FoldPattern(pattern));

        Assert.NotNull(set);
        Assert.All(starts, c => Assert.True(set.Contains(c), $"missing {c}"));
        Assert.All(never, c => Assert.False(set.Contains(c), $"unexpected {c}"));
    }

    [Theory]
    [InlineData(@"\b(?:(?:\w+ )?help)\b")]
    [InlineData(@"\b(?:[^ ]+ said)\b")]
    [InlineData(@"\b(?:.elp)\b")]
    [InlineData(@"\b(?:(?=x)help)\b")]
    public void Of_PatternThatMayStartAnywhere_IsUnrestricted(string pattern) =>
        Assert.Null(FirstChars.Of(TextNormalizer.FoldPattern(pattern)));
}

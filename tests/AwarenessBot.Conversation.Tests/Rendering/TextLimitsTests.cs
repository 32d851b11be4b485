using AwarenessBot.Conversation.Rendering;

namespace AwarenessBot.Conversation.Tests.Rendering;

public sealed class TextLimitsTests
{
    [Theory]
    [InlineData("How do I report it?", 20, "How do I report it?")]
    [InlineData("What are the signs of child sex trafficking?", 20, "What are the signs…")]
    [InlineData("Supercalifragilisticexpialidocious", 20, "Supercalifragilisti…")]
    public void Shorten_LongTitle_CutsAtWordWithEllipsis(string text, int max, string expected)
    {
        var shortened = TextLimits.Shorten(text, max);

        Assert.Equal(expected, shortened);
        Assert.True(shortened.Length <= max);
    }

    [Fact]
    public void Split_ListThatFits_ReturnedWholeWithItsLineBreaks()
    {
        const string text = "Polaris lists these signs:\n• not free to leave\n• a debt they cannot pay off\n\nCall the hotline.";

        Assert.Equal([text], TextLimits.Split(text, 2000));
    }

    [Fact]
    public void Split_LongList_EveryPartWithinLimitAndEveryItemOnItsOwnLine()
    {
        var items = Enumerable.Range(1, 30).Select(i => $"• item {i}: " + new string('x', 80) + ".").ToList();
        var text = "Signs:\n" + string.Join('\n', items);

        var parts = TextLimits.Split(text, 500);

        Assert.True(parts.Count > 5);
        Assert.All(parts, p => Assert.InRange(p.Length, 1, 500));
        var lines = parts.SelectMany(p => p.Split('\n')).ToList();
        Assert.Equal(["Signs:", .. items], lines);
    }

    [Fact]
    public void Split_OneHugeWordlessSentence_HardCutsWithinLimit()
    {
        var parts = TextLimits.Split(new string('a', 4500), 2000);

        Assert.Equal([2000, 2000, 500], parts.Select(p => p.Length));
    }

    [Theory]
    [InlineData("**bold** and __strong__", "bold and strong")]
    [InlineData("see [the hotline](https://example.org)", "see the hotline (https://example.org)")]
    [InlineData("a soft\nwrapped line", "a soft wrapped line")]
    [InlineData("list:\n- one\n* two", "list:\n• one\n• two")]
    [InlineData("snake_case_word stays", "snake_case_word stays")]
    [InlineData("such as **money,\nfood** and [the\nhotline](https://example.org)", "such as money, food and the hotline (https://example.org)")]
    [InlineData("- **bold** item\ncontinued", "• bold item continued")]
    public void FromMarkdown_LightMarkdown_PlainText(string markdown, string expected) =>
        Assert.Equal(expected, PlainText.FromMarkdown(markdown));
}

using AwarenessBot.Conversation.Safety;

namespace AwarenessBot.Conversation.Tests.Safety;

public sealed class PrefixIndexTests
{
    [Theory]
    [InlineData("help me", "0 1 3")]
    [InlineData("hello", "1 3")]
    [InlineData("he", "1 3")]
    [InlineData("h", "3")]
    [InlineData("sos now", "2 3")]
    [InlineData("x", "3")]
    [InlineData("", "3")]
    public void Candidates_Text_AreTheGroupsWithAPrefixItStartsWithAndTheUnrestricted(string text, string expected)
    {
        var index = new PrefixIndex([Set("help"), Set("he", "hi"), Set("s"), null]);
        Span<ulong> groups = stackalloc ulong[index.Words];

        index.Candidates(text, groups);

        Assert.Equal(expected, string.Join(' ', Members(groups)));
    }

    [Fact]
    public void Candidates_MoreThan64Groups_UsesEveryWordInGroupOrder()
    {
        var index = new PrefixIndex([.. Enumerable.Range(0, 130).Select(i => i % 2 == 0 ? Set("ab") : Set("b"))]);
        Span<ulong> groups = stackalloc ulong[index.Words];

        index.Candidates("abc", groups);

        Assert.Equal(3, index.Words);
        Assert.Equal(Enumerable.Range(0, 65).Select(i => i * 2), Members(groups));
    }

    private static HashSet<string> Set(params string[] prefixes) => [.. prefixes];

    private static List<int> Members(ReadOnlySpan<ulong> groups)
    {
        var members = new List<int>();
        for (var i = 0; i < groups.Length * 64; i++)
        {
            if ((groups[i / 64] & (1UL << (i % 64))) != 0)
            {
                members.Add(i);
            }
        }

        return members;
    }
}

using System.Text.RegularExpressions;
using AwarenessBot.Conversation.Safety;

namespace AwarenessBot.Conversation.Tests.Safety;

/// <summary>The matcher's start-up: prefixes are read in the background, and nothing is skipped before they are.</summary>
public sealed class GroupMatcherTests
{
    private static readonly SafetyFamily Help = new("help", FamilyKind.Danger, SafetySituation.General);
    private static readonly SafetyFamily Hurt = new("hurt", FamilyKind.Danger, SafetySituation.Violence);

    [Fact]
    public void Matches_PrefixesNotReadYet_EveryGroupTriedThenFilterUsedOnceRead()
    {
        using var reading = new ManualResetEventSlim();
        // Deliberately wrong prefixes for "hurt" ("zz"): once they are in use, that group is no longer tried.
        var matcher = new GroupMatcher(
            new Lazy<Regex>(() => new Regex("help|hurt")),
            [(Help, new LazyRegex(@"\Ghelp")), (Hurt, new LazyRegex(@"\Ghurt"))],
            () =>
            {
                reading.Wait();
                return [new GroupPrefixes(null, new HashSet<string> { "he" }), new GroupPrefixes(null, new HashSet<string> { "zz" })];
            });

        Assert.False(matcher.IsFiltering);
        Assert.Equal(["help", "hurt"], Found(matcher, "x help x hurt"));

        reading.Set();
        _ = matcher.Prefixes;

        Assert.True(matcher.IsFiltering);
        Assert.Equal(["help"], Found(matcher, "x help x hurt"));
    }

    [Fact]
    public void Matches_PrefixReadingFails_EveryGroupStillTried()
    {
        var matcher = new GroupMatcher(
            new Lazy<Regex>(() => new Regex("help|hurt")),
            [(Help, new LazyRegex(@"\Ghelp")), (Hurt, new LazyRegex(@"\Ghurt"))],
            () => throw new InvalidOperationException("a reading bug"));

        Assert.Throws<InvalidOperationException>(() => matcher.Prefixes);
        Assert.False(matcher.IsFiltering);
        Assert.Equal(["help", "hurt"], Found(matcher, "x help x hurt"));
    }

    private static List<string> Found(GroupMatcher matcher, string text)
    {
        var found = new List<string>();
        matcher.Matches(text, ref found, static (ref List<string> list, SafetyFamily family, int _, int _) => list.Add(family.Name));
        return found;
    }
}

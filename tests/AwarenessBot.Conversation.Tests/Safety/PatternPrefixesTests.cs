using System.Text.RegularExpressions;
using AwarenessBot.Conversation.Safety;

namespace AwarenessBot.Conversation.Tests.Safety;

public sealed class PatternPrefixesTests
{
    [Theory]
    [InlineData("help", "help")]
    [InlineData("helping", "help")]
    [InlineData("hi", "hi")]
    [InlineData("a|bc|def", "a bc def")]
    [InlineData("(?:please )?help", "help plea")]
    [InlineData("(?:oh )*help", "help oh_h oh_o")]
    [InlineData("a+b", "aaaa aaab aab ab")]
    [InlineData("a+?b", "aaaa aaab aab ab")]
    [InlineData("a??b", "ab b")]
    [InlineData("a{2,3}", "aa aaa")]
    [InlineData("a{2}b", "aab")]
    [InlineData("x{0,2}y", "xxy xy y")]
    [InlineData("(?:ab){1,}", "ab abab")]
    [InlineData("(?:ab){2,}?c", "abab")]
    [InlineData("a{,2}", "a{,2")]
    [InlineData("[ab]c", "ac bc")]
    [InlineData("[1-3]", "1 2 3")]
    [InlineData("[]a]", "] a")]
    [InlineData("[a-]", "- a")]
    [InlineData(@"[\-\]]", "- ]")]
    [InlineData(@"\bhelp\b", "help")]
    [InlineData(@"\G(?:\b(?:help)\b|\b(?:sos)\b)", "help sos")]
    [InlineData("(?=x)help", "help")]
    [InlineData("(?!help)he", "he")]
    [InlineData("(?<!x)help", "help")]
    [InlineData("(?<=x)help", "help")]
    [InlineData("(?<name>ab)c", "abc")]
    [InlineData("(?'name'ab)c", "abc")]
    [InlineData("(?>ab)c", "abc")]
    [InlineData("(ab)c", "abc")]
    [InlineData(@"\.x", ".x")]
    [InlineData(@"\x41\u0042c", "ABc")]
    [InlineData("my [^ ]+ hurt", "my_")]
    [InlineData(@"ab\w", "ab")]
    [InlineData("ab.", "ab")]
    [InlineData(@"x\p{L}y", "x")]
    [InlineData(@"x\Sy", "x")]
    [InlineData(@"x[\w]y", "x")]
    public void Of_Pattern_ListsExactlyThePrefixesOfItsMatches(string pattern, string expected)
    {
        var prefixes = PatternPrefixes.Of(pattern, atStart: false);

        Assert.NotNull(prefixes);
        Assert.Equal(expected.Split(' ').Select(s => s.Replace('_', ' ')).Order(StringComparer.Ordinal), prefixes.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(@"\wx")]
    [InlineData("[^ ]+ said")]
    [InlineData(".elp")]
    [InlineData(@"\p{L}elp")]
    [InlineData(@"\Delp")]
    [InlineData(@"(a)\1")]
    [InlineData(@"(?<n>a)\k<n>")]
    [InlineData("(?i)help")]
    [InlineData("(?i:help)")]
    [InlineData("(?(a)ab|cd)")]
    [InlineData("(?#note)help")]
    [InlineData("[a-z-[aeiou]]x")]
    [InlineData(@"\cAx")]
    [InlineData("(?:help)?")]
    [InlineData("a*")]
    [InlineData(@"\b")]
    [InlineData("help|")]
    [InlineData("(?=help)")]
    public void Of_PatternThatMayStartAnywhereOrIsNotModelled_IsUnrestricted(string pattern) =>
        Assert.Null(PatternPrefixes.Of(pattern, atStart: false));

    [Theory]
    [InlineData("^help$|sos", "help sos", "sos")]
    [InlineData(@"\Ahelp|sos", "help sos", "sos")]
    [InlineData(@"^(?:\w+ )?cant|sos", null, "sos")]
    [InlineData("^help", "help", "")]
    public void Of_StartAnchor_MatchesOnlyAtTheStartOfTheText(string pattern, string? atStart, string elsewhere)
    {
        Assert.Equal(atStart?.Split(' ').Order(StringComparer.Ordinal), PatternPrefixes.Of(pattern, atStart: true)?.Order(StringComparer.Ordinal));
        Assert.Equal(elsewhere.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal), PatternPrefixes.Of(pattern, atStart: false)!.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Of_ClassShorthands_ListEveryCharacterDotNetMatches()
    {
        var digits = PatternPrefixes.Of(@"\d", atStart: false)!;
        var spaces = PatternPrefixes.Of(@"\s", atStart: false)!;
        var inClass = PatternPrefixes.Of(@"[\d\s]", atStart: false)!;

        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = ((char)i).ToString();
            Assert.Equal(Regex.IsMatch(c, @"^\d$", LexiconParser.CheckOptions), digits.Contains(c));
            Assert.Equal(Regex.IsMatch(c, @"^\s$", LexiconParser.CheckOptions), spaces.Contains(c));
            Assert.Equal(Regex.IsMatch(c, @"^[\d\s]$", LexiconParser.CheckOptions), inClass.Contains(c));
        }

        Assert.Contains("\u0663", (IReadOnlySet<string>)digits); // Arabic-Indic three: \d is every Unicode digit, not only 0-9
    }

    [Fact]
    public void Of_TooManyCombinations_CutsToShorterPrefixesThatStillCoverEveryMatch()
    {
        var prefixes = PatternPrefixes.Of("[a-z][a-z][a-z]x", atStart: false)!;

        Assert.Equal(26 * 26, prefixes.Count);
        Assert.All(prefixes, p => Assert.Equal(2, p.Length));
    }

    [Fact]
    public void Of_ManyAlternatives_StaysUnderTheCap()
    {
        var words = Enumerable.Range(0, 3000).Select(i => $"{Letter(i)}{Letter(i / 26)}{Letter(i / 676)}{i % 10}x").ToList();
        static char Letter(int i) => (char)('a' + (i % 26));

        var prefixes = PatternPrefixes.Of(string.Join('|', words), atStart: false)!;

        Assert.InRange(prefixes.Count, 1, PrefixSet.Cap);
        Assert.All(words, w => Assert.Contains(prefixes, p => w.StartsWith(p, StringComparison.Ordinal)));
    }

    // The reading assumes case-sensitive matching without free spacing: a change of options must revisit it.
    [Fact]
    public void CheckOptions_AreTheOnesThePrefixReadingAssumes() =>
        Assert.Equal(RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, LexiconParser.CheckOptions);
}

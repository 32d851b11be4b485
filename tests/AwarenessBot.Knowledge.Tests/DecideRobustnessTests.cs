namespace AwarenessBot.Knowledge.Tests;

public sealed class DecideRobustnessTests(RepositoryIndexFixture fixture) : IClassFixture<RepositoryIndexFixture>
{
    public static TheoryData<string> NoMeaning => new()
    {
        "",
        "   \t\r\n  ",
        "😀😀🙏🔥",
        "\u0000\u0001\u0007\u001b[31m\u007f",
        "?!?!...,,,;;;",
        "\uD800",
    };

    public static TheoryData<string> Hostile => new()
    {
        "title:(foo AND \"",
        "question:trafficking^100 OR *:* ~2 [a TO z] {b TO c} \\",
        "traffi* OR fuzzy~0.5 AND \"unclosed phrase",
        "(((((((((((((((((((((((",
        "<script>alert(1)</script>",
        "'; DROP TABLE entries; --",
    };

    public static TheoryData<string> OtherLanguages => new()
    {
        "¿Dónde puedo comprar zapatos baratos?",
        "Wie wird das Wetter morgen in Berlin?",
        "明天天气怎么样",
        "Какая сегодня погода",
        "ما هو الطقس اليوم",
    };

    [Theory]
    [MemberData(nameof(NoMeaning))]
    public void Decide_TextWithoutWords_FallsBackWithoutHits(string text)
    {
        var decision = fixture.Index.Decide(text);

        Assert.Equal(SearchOutcome.Fallback, decision.Outcome);
        Assert.Empty(decision.Hits);
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Decide_LuceneSyntaxAndInjection_ReturnsAWellFormedDecision(string text)
    {
        var decision = fixture.Index.Decide(text);

        Assert.All(decision.Hits, h => Assert.InRange(h.Confidence, 0, 1));
        var expectedHits = decision.Outcome switch
        {
            SearchOutcome.Fallback => (0, 0),
            SearchOutcome.Clarify => (2, 3),
            _ => (1, 3),
        };
        Assert.InRange(decision.Hits.Count, expectedHits.Item1, expectedHits.Item2);
    }

    [Theory]
    [MemberData(nameof(OtherLanguages))]
    public void Decide_OtherLanguageOutOfScope_FallsBack(string text)
    {
        Assert.Equal(SearchOutcome.Fallback, fixture.Index.Decide(text).Outcome);
    }

    [Fact]
    public void Decide_HundredThousandCharacters_ReturnsADecision()
    {
        var text = string.Concat(Enumerable.Repeat("what is human trafficking and how do i report it ", 2100))[..100_000];

        var decision = fixture.Index.Decide(text);

        Assert.NotEqual(SearchOutcome.Fallback, decision.Outcome);
        Assert.All(decision.Hits, h => Assert.InRange(h.Confidence, 0, 1));
    }

    [Fact]
    public void Decide_HundredThousandRandomCharacters_NeverThrows()
    {
        var random = new Random(42);
        var chars = new char[100_000];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)random.Next(0, 0xFFFF);
        }

        var decision = fixture.Index.Decide(new string(chars));

        Assert.All(decision.Hits, h => Assert.InRange(h.Confidence, 0, 1));
    }

    [Fact]
    public void Decide_LuceneSyntaxAroundARealQuestion_StillAnswersIt()
    {
        var decision = fixture.Index.Decide("title:(what is sextortion AND \"");

        Assert.Equal(SearchOutcome.Answer, decision.Outcome);
        Assert.Equal("what-is-sextortion", decision.Top!.Entry.Id);
    }

    [Fact]
    public void Decide_ClarifyDecisions_OfferTwoOrThreeDistinctEntries()
    {
        var decision = fixture.Index.Decide("trafficking");

        if (decision.Outcome == SearchOutcome.Clarify)
        {
            Assert.InRange(decision.Hits.Count, 2, 3);
            Assert.Equal(decision.Hits.Count, decision.Hits.Select(h => h.Entry.Id).Distinct().Count());
        }
        else
        {
            Assert.NotEmpty(decision.Hits);
        }
    }
}

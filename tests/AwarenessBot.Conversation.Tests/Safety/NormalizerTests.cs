namespace AwarenessBot.Conversation.Tests.Safety;

public sealed class NormalizerTests
{
    [Theory]
    [InlineData("HEEEELP!!!", "help")]
    [InlineData("pls hlp", "please help")]
    [InlineData("Ｈｅｌｐ ｍｅ", "help me")]
    [InlineData("h\u200Be\u200Dl\u2060p", "help")]
    [InlineData("estoy en México", "estoy en mexico")]
    [InlineData("I can't", "i cant")]
    [InlineData("I’m stuk", "i am stuck")]
    [InlineData("🆘", "sos")]
    [InlineData("call 911", "cal 911")]
    public void Normalize_TextingAndLookAlikes_FoldToPlainWords(string input, string expected)
    {
        Assert.Equal(expected, SafetyTestData.Catalog.Lexicon.Normalizer.Normalize(input));
    }

    [Fact]
    public void Assess_DangerDeepInsideALongMessage_IsFound()
    {
        var filler = string.Concat(Enumerable.Repeat("we talked about the weather and school and the game last week. ", 80));
        var message = filler + "they locked me in the room and took my phone. " + filler;

        Assert.True(message.Length > 9000);
        Assert.True(SafetyTestData.Catalog.Triage.Assess(message).IsEmergency);
    }

    [Theory]
    [InlineData("I'm in Canada", "CA")]
    [InlineData("estoy en méxico", "MX")]
    [InlineData("I live in New Mexico", null)]
    [InlineData("we are in the UK now", "GB")]
    public void Assess_RegionNamedInMessage_IsReported(string message, string? region)
    {
        Assert.Equal(region, SafetyTestData.Catalog.Triage.Assess(message).Region);
    }
}

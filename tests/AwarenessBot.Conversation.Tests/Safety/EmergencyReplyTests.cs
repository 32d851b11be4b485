using AwarenessBot.Conversation.Safety;
using AwarenessBot.Conversation.Turns;

namespace AwarenessBot.Conversation.Tests.Safety;

public sealed class EmergencyReplyTests
{
    [Theory]
    [InlineData("help me please, I'm in Canada", "en-US", "911", "1-833-900-1010")]
    [InlineData("i live in the UK and he won't let me leave", "en-US", "999", "08000 121 700")]
    [InlineData("we are in Germany and they took our passports", "en-US", "112", "116 111")]
    [InlineData("I'm in Australia, someone is following me", "en-US", "000", "131 237")]
    [InlineData("estoy en México y no me dejan salir", "es-US", "911", "800 5533 000")]
    [InlineData("they took my passport", "en-GB", "999", "08000 121 700")]
    [InlineData("they took my passport", "fr-CA", "911", "1-833-900-1010")]
    [InlineData("they took my passport", "de-DE", "112", "116 111")]
    [InlineData("they took my passport", "en-AU", "000", "131 237")]
    [InlineData("me quitaron el pasaporte", "es-MX", "911", "800 5533 000")]
    [InlineData("they took my passport", "en-US", "911", "1-888-373-7888")]
    [InlineData("they took my passport", null, "911", "1-888-373-7888")]
    public async Task Emergency_ByRegionFromTextOrLocale_NamesLocalNumberFirstThenHotline(string message, string? locale, string emergency, string hotline)
    {
        var result = await GateHarness.Gate().Check(message, locale);

        var text = result.Reply.Text();
        Assert.Equal(Route.Emergency, result.Reply?.Route);
        var first = text.IndexOf(emergency, StringComparison.Ordinal);
        Assert.True(first >= 0 && first < text.IndexOf(hotline, StringComparison.Ordinal), text);
        Assert.Contains(result.Reply!.Messages[0].Buttons, b => b.Kind == ButtonKind.Call && b.Value == $"tel:{emergency}");
    }

    [Fact]
    public async Task Emergency_UnknownRegion_SaysLocalEmergencyNumberAndDirectories()
    {
        var result = await GateHarness.Gate().Check("someone is hurting me", "ja-JP");

        var text = result.Reply.Text();
        Assert.Contains("local emergency number", text, StringComparison.Ordinal);
        Assert.Contains("112", text, StringComparison.Ordinal);
        Assert.Contains("childhelplineinternational.org", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Emergency_DefaultRegionOption_UsedWhenNothingElseSays()
    {
        var gate = GateHarness.Gate(options: new SafetyOptions { DefaultRegion = "GB" });

        var result = await gate.Check("he is hurting me", locale: "en");

        Assert.StartsWith("**If you or someone else is in danger now, call 999.**", result.Reply.Text(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("my daughter has been missing since this morning", "911", "1-800-843-5678")]
    [InlineData("I want to kill myself", "911", "988")]
    [InlineData("someone says they will post my nudes if I don't pay", "911", "report.cybertip.org")]
    [InlineData("I'm 12 and my uncle touches me", "911", "1-800-422-4453")]
    [InlineData("my boss took my passport and I owe him money", "911", "1-888-373-7888")]
    public async Task Emergency_BySituation_AddsTheSpecialistLineAfterTheEmergencyNumber(string message, string emergency, string specialist)
    {
        var text = (await GateHarness.Gate().Check(message)).Reply.Text();

        var first = text.IndexOf($"call {emergency}", StringComparison.Ordinal);
        Assert.True(first >= 0 && first < text.IndexOf(specialist, StringComparison.Ordinal), text);
    }

    [Theory]
    [InlineData("they are keeping me here against my will")]
    [InlineData("I was raped")]
    [InlineData("I am having a heart attack")]
    [InlineData("I just watched a man drag a girl into a truck")]
    [InlineData("my friend is being sold online right now")]
    public async Task Emergency_Reply_IsShortPlainBelievingAndAsksNothing(string message)
    {
        var reply = (await GateHarness.Gate().Check(message)).Reply;

        var text = reply.Text();
        Assert.True(text.Length < 1500, $"{text.Length} characters");
        Assert.DoesNotContain("?", text, StringComparison.Ordinal);
        Assert.Contains("I am a bot", text, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Texting 911 works only where", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Emergency_Disclosure_BelievesThePerson()
    {
        var text = (await GateHarness.Gate().Check("someone is abusing me")).Reply.Text();

        Assert.Contains("Thank you for telling me. This is not your fault.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Emergency_Bystander_SaysDoNotConfrontAndNoteDetails()
    {
        var text = (await GateHarness.Gate().Check("I can hear a kid screaming for help next door")).Reply.Text();

        Assert.Contains("Do not confront", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Emergency_SpanishMessage_RepliesInSpanishWithNumbers()
    {
        var result = await GateHarness.Gate().Check("no me dejan salir, tengo miedo");

        var text = result.Reply.Text();
        Assert.Equal("es", result.Language);
        Assert.StartsWith("**Si tú u otra persona están en peligro ahora, llama al 911.**", text, StringComparison.Ordinal);
        Assert.Contains("1-888-373-7888", text, StringComparison.Ordinal);
        Assert.Contains("Soy un bot", text, StringComparison.Ordinal);
        Assert.Contains("solo funciona donde", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Emergency_OrganisationContact_ShownAfterEmergencyNumberAndInHotlineLine()
    {
        var options = new SafetyOptions();
        options.OrganisationContacts.Add(new OrganisationContactOptions { Text = "Tell your security desk: ext. 1234", Dial = "+15550001234" });
        var gate = GateHarness.Gate(options: options);

        var emergency = await gate.Check("he won't let me leave", key: "a");
        var question = await gate.Check("what is trafficking", key: "b");

        var text = emergency.Reply.Text();
        Assert.True(text.IndexOf("call 911", StringComparison.Ordinal) < text.IndexOf("security desk", StringComparison.Ordinal));
        Assert.Contains("1-888-373-7888", text, StringComparison.Ordinal);
        Assert.StartsWith("In danger now? Call 911.", question.HotlineLine, StringComparison.Ordinal);
        Assert.Contains("security desk", question.HotlineLine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Emergency_EveryRegionAndSituation_StaysUnder2000Characters()
    {
        var gate = GateHarness.Gate();
        var messages = new[] { "help", "my son is missing and a man took him, I'm 12, he threatened to post my pics, I want to die" };
        foreach (var locale in new[] { "en-US", "en-CA", "en-GB", "de-DE", "en-AU", "es-MX", "ja-JP" })
        {
            foreach (var message in messages)
            {
                var text = (await gate.Check(message, locale, key: locale + message)).Reply.Text();
                Assert.InRange(text.Length, 100, 1999);
            }
        }
    }
}

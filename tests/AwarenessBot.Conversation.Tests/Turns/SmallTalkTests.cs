using AwarenessBot.Conversation.Turns;

namespace AwarenessBot.Conversation.Tests.Turns;

public sealed class SmallTalkTests
{
    [Theory]
    [InlineData("hi", SmallTalkIntent.Greeting)]
    [InlineData("Hello there!", SmallTalkIntent.Greeting)]
    [InlineData("heyyyy 👋", SmallTalkIntent.Greeting)]
    [InlineData("good morning", SmallTalkIntent.Greeting)]
    [InlineData("thanks!", SmallTalkIntent.Thanks)]
    [InlineData("ok thank you so much", SmallTalkIntent.Thanks)]
    [InlineData("who are you?", SmallTalkIntent.Identity)]
    [InlineData("what are you", SmallTalkIntent.Identity)]
    [InlineData("are you a bot", SmallTalkIntent.Identity)]
    [InlineData("Am I talking to a real person?", SmallTalkIntent.Identity)]
    [InlineData("r u human", SmallTalkIntent.Identity)]
    [InlineData("what can you do", SmallTalkIntent.Capabilities)]
    [InlineData("help", SmallTalkIntent.Capabilities)]
    [InlineData("menu", SmallTalkIntent.Capabilities)]
    [InlineData("bye", SmallTalkIntent.Goodbye)]
    [InlineData("¡Hola! ¿Qué tal?", SmallTalkIntent.Greeting)]
    [InlineData("buenos días", SmallTalkIntent.Greeting)]
    [InlineData("muchas gracias por tu ayuda", SmallTalkIntent.Thanks)]
    [InlineData("¿Quién eres?", SmallTalkIntent.Identity)]
    [InlineData("eres un robot", SmallTalkIntent.Identity)]
    [InlineData("adiós", SmallTalkIntent.Goodbye)]
    public void Classify_WholeMessageSmallTalk_ReturnsIntent(string text, SmallTalkIntent expected) =>
        Assert.Equal(expected, SmallTalk.Classify(text));

    [Theory]
    [InlineData("help me understand trafficking")]
    [InlineData("help, he locked me in")]
    [InlineData("how can I help victims")]
    [InlineData("hi what is human trafficking")]
    [InlineData("what can traffickers do to kids")]
    [InlineData("who are the victims")]
    [InlineData("thanks but how do I report it")]
    [InlineData("gracias pero cómo lo denuncio")]
    [InlineData("quién es el tratante")]
    [InlineData("")]
    public void Classify_RealQuestionOrDanger_ReturnsNone(string text) =>
        Assert.Equal(SmallTalkIntent.None, SmallTalk.Classify(text));
}

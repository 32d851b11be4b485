using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace AwarenessBot.Conversation.Turns;

/// <summary>The small-talk intents the bot recognises.</summary>
public enum SmallTalkIntent
{
    None,
    Greeting,
    Thanks,
    Identity,
    Capabilities,
    Goodbye,
}

/// <summary>
/// Recognises small talk only when it is the whole message, so a real question that merely starts with
/// "help" or "hi" ("help me understand trafficking") still goes to the knowledge search.
/// </summary>
public static partial class SmallTalk
{
    public static SmallTalkIntent Classify(string text)
    {
        var key = Simplify(text);
        if (key.Length == 0 || key.Length > 60)
        {
            return SmallTalkIntent.None;
        }

        if (GreetingPattern().IsMatch(key))
        {
            return SmallTalkIntent.Greeting;
        }

        if (ThanksPattern().IsMatch(key))
        {
            return SmallTalkIntent.Thanks;
        }

        if (IdentityPattern().IsMatch(key))
        {
            return SmallTalkIntent.Identity;
        }

        if (CapabilitiesPattern().IsMatch(key))
        {
            return SmallTalkIntent.Capabilities;
        }

        return GoodbyePattern().IsMatch(key) ? SmallTalkIntent.Goodbye : SmallTalkIntent.None;
    }

    // Lower-case letters, digits and single spaces only; emoji and punctuation dropped, "heyyy" → "heyy".
    internal static string Simplify(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC).ToLower(CultureInfo.InvariantCulture))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (c is '\'' or '\u2019')
            {
                continue;
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return RepeatedLetters().Replace(builder.ToString().Trim(), "$1$1");
    }

    private const string Bot = @"(?:\s+(?:there|bot|awarenessbot|awareness bot|again|everyone|all|friend))?";

    [GeneratedRegex(@"^(?:hi+|hii|hey+|heya|hello+|helo|hallo|howdy|yo|hiya|greetings|good (?:morning|afternoon|evening|day)|hola|buenas(?: tardes| noches)?|buenos d[ií]as|qu[eé] tal|hola qu[eé] tal|sup|whats up|wassup)" + Bot + @"(?:\s+how are (?:you|u)(?: doing)?)?$")]
    private static partial Regex GreetingPattern();

    [GeneratedRegex(@"^(?:ok(?:ay)?\s+|great\s+|cool\s+|perfect\s+)?(?:thanks?|thx|ty|thank (?:you|u)|thanks a lot|many thanks|cheers|(?:muchas |mil )?gracias|much appreciated|appreciate it)(?:\s+(?:so much|very much|a lot|again|bot|for (?:the|your) (?:help|info|information|answer)|por (?:la|tu) (?:ayuda|informaci[oó]n|respuesta)|por todo))*$")]
    private static partial Regex ThanksPattern();

    [GeneratedRegex(@"^(?:who|what) (?:are|r) (?:you|u)$|^(?:are|r) (?:you|u) (?:a |an )?(?:real|human|person|bot|robot|machine|ai|computer|chatbot|real person|live person|actual person|human being)$|^(?:am i|is this|im) (?:talking|chatting|speaking) (?:to|with) (?:a |an )?(?:real |live |actual )?(?:person|human|bot|robot|machine|ai)$|^is this (?:a |an )?(?:bot|robot|real person|human|person|ai)$|^(?:whats|what is) your name$|^(?:are|r) (?:you|u) real$|^(?:qui[eé]n|qu[eé]) eres$|^eres (?:un |una )?(?:bot|robot|humano|persona|persona real|real)$|^c[oó]mo te llamas$")]
    private static partial Regex IdentityPattern();

    [GeneratedRegex(@"^(?:help|help me|menu|main menu|options|start|get started|commands|topics|what can (?:you|u|i) (?:do|ask)|what can you help (?:me )?with|what do you (?:do|know|cover)|how does this work|how do (?:you|i) use (?:you|this)|what (?:can|should) i ask(?: you)?|what questions can i ask|what topics do you (?:cover|know)|how can you help(?: me)?)$")]
    private static partial Regex CapabilitiesPattern();

    [GeneratedRegex(@"^(?:bye+|goodbye|good bye|see (?:you|ya)|later|adi[oó]s|hasta luego|nos vemos|chao|chau|cya)(?:\s+(?:bot|then|now))?$")]
    private static partial Regex GoodbyePattern();

    [GeneratedRegex(@"([a-z])\1{2,}")]
    private static partial Regex RepeatedLetters();
}

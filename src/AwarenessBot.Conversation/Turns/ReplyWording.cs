namespace AwarenessBot.Conversation.Turns;

/// <summary>
/// The bot's own fixed wording (welcome, fallback, small talk, empty message) in the two languages of the emergency path.
/// Knowledge answers stay in the knowledge base's language, English; the Spanish wording says so, so that a
/// Spanish speaker is not met with a wall of English that tells them nothing.
/// </summary>
internal sealed record ReplyWording(
    string Topics,
    string Fallback,
    string ConcernFallback,
    string ConcernBystander,
    string ConcernTopics,
    string NoneOfThese,
    string EmptyMessage,
    string Greeting,
    string Thanks,
    string Identity,
    string Goodbye,
    string About,
    string SmallTalkTopics,
    string Welcome,
    string WelcomeAsk,
    string PrivacyWebChat,
    string PrivacyTeams,
    string PrivacyMessenger)
{
    public static readonly ReplyWording English = new(
        Topics:
            "- what human and child trafficking are, and how they happen\n" +
            "- the signs to look out for\n" +
            "- how to report it, and the hotlines\n" +
            "- how to help and prevent it, and advice for parents\n" +
            "- the facts and figures from my sources",
        Fallback: "Sorry, I can't help with that. I'm a bot that only answers questions about child and human trafficking, such as:",
        ConcernFallback: "I'm a bot, and I can only answer general questions about child and human trafficking, so I can't say more about that myself. " +
            "If you're worried about yourself or someone else, now or about something that happened before, " +
            "you don't have to be sure to talk to someone, and you decide what to tell them:",
        ConcernBystander: "If it's about someone else, don't confront anyone or step in yourself. " +
            "Note what you saw (where, when, what people and vehicles looked like) and pass it on when you call.",
        ConcernTopics: "You can also ask me about:",
        NoneOfThese: "Sorry I didn't find the right answer. Try asking in other words, or pick one of these topics.",
        EmptyMessage: "I didn't get a message there. Type a question about child or human trafficking, or pick a topic.",
        Greeting: "Hi! I'm AwarenessBot, an automated bot, not a person.",
        Thanks: "You're welcome. I'm a bot, so there's no need to thank me, but I'm glad it helped.",
        Identity: "I'm AwarenessBot, an automated bot, not a person. I can't see who you are and I don't keep a transcript.",
        Goodbye: "Take care. I'm a bot, so you can come back any time.",
        About: "I'm a bot that answers questions about child and human trafficking.",
        SmallTalkTopics: "I answer questions about child and human trafficking from curated sources:",
        Welcome: "Hi, I'm AwarenessBot, an automated bot (not a person). I answer questions about child and human trafficking " +
            "from curated sources, and I don't store a transcript of our chat.",
        WelcomeAsk: "Ask me a question, or pick a topic:",
        PrivacyWebChat: "Privacy: the quick exit leaves this page fast, but it does not erase your browser history.",
        PrivacyTeams: "Privacy: your organisation may retain Teams chats, including this one.",
        PrivacyMessenger: "Privacy: chats with a Facebook Page are not end-to-end encrypted, and Meta keeps this conversation in your Messenger history.");

    public static readonly ReplyWording Spanish = new(
        Topics:
            "- qué son la trata de personas y la trata de menores, y cómo ocurren\n" +
            "- las señales de alerta\n" +
            "- cómo denunciarla, y las líneas de ayuda\n" +
            "- cómo ayudar y prevenirla, y consejos para madres y padres\n" +
            "- los datos y las cifras de mis fuentes",
        Fallback: "Lo siento, no puedo ayudar con eso. Soy un bot que solo responde preguntas sobre la trata de personas y de menores, " +
            "y por ahora mis respuestas están en inglés. Puedes preguntarme, por ejemplo:",
        ConcernFallback: "Soy un bot y solo puedo responder preguntas generales sobre la trata de personas y de menores, así que no puedo decir más sobre eso. " +
            "Si te preocupa lo que te pasa a ti o a otra persona, ahora o algo que pasó antes, " +
            "no hace falta estar seguro para hablar con alguien, y tú decides qué contar:",
        ConcernBystander: "Si se trata de otra persona, no confrontes a nadie ni intervengas por tu cuenta. " +
            "Anota lo que viste (dónde, cuándo, cómo eran las personas y los vehículos) y cuéntalo cuando llames.",
        ConcernTopics: "También puedes preguntarme (en inglés) sobre:",
        NoneOfThese: "Lo siento, no encontré la respuesta correcta. Prueba a preguntarlo con otras palabras, o elige uno de estos temas (en inglés).",
        EmptyMessage: "No recibí ningún mensaje. Escribe una pregunta sobre la trata de personas o de menores, o elige un tema (en inglés).",
        Greeting: "¡Hola! Soy AwarenessBot, un bot automático, no una persona.",
        Thanks: "De nada. Soy un bot, así que no hace falta darme las gracias, pero me alegra que te haya servido.",
        Identity: "Soy AwarenessBot, un bot automático, no una persona. No puedo ver quién eres y no guardo la conversación.",
        Goodbye: "Cuídate. Soy un bot: puedes volver cuando quieras.",
        About: "Soy un bot que responde preguntas sobre la trata de personas y de menores.",
        SmallTalkTopics: "Respondo preguntas sobre la trata de personas y de menores con fuentes seleccionadas (mis respuestas están en inglés):",
        Welcome: "Hola, soy AwarenessBot, un bot automático (no una persona). Respondo preguntas sobre la trata de personas y de menores " +
            "con fuentes seleccionadas (mis respuestas están en inglés), y no guardo la conversación.",
        WelcomeAsk: "Hazme una pregunta o elige un tema (en inglés):",
        PrivacyWebChat: "Privacidad: la salida rápida deja esta página enseguida, pero no borra el historial del navegador.",
        PrivacyTeams: "Privacidad: tu organización puede conservar los chats de Teams, incluido este.",
        PrivacyMessenger: "Privacidad: los chats con una página de Facebook no están cifrados de extremo a extremo, y Meta guarda esta conversación en tu historial de Messenger.");

    /// <summary>What the channel keeps of the chat, said in the welcome.</summary>
    public string Privacy(string channelId) => channelId switch
    {
        "facebook" => PrivacyMessenger,
        "msteams" => PrivacyTeams,
        _ => PrivacyWebChat,
    };

    /// <summary>Spanish for "es", English for anything else.</summary>
    public static ReplyWording For(string? language) => language == "es" ? Spanish : English;
}

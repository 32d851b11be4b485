namespace AwarenessBot.Conversation.Safety;

/// <summary>
/// The fixed wording of the emergency path, in English and Spanish. Wording follows safety.md: short, plain,
/// believing; no questions asking who or where; no promise of secrecy; says it is a bot.
/// </summary>
internal static class ReplyText
{
    public static string CallNow(string language, string number) => language == "es"
        ? $"**Si tú u otra persona están en peligro ahora, llama al {number}.**"
        : $"**If you or someone else is in danger now, call {number}.**";

    // For the "anywhere else" region: the numbers named in safety.md, so the person still sees real numbers.
    public static string CallLocal(string language) => language == "es"
        ? "**Si tú u otra persona están en peligro ahora, llama al número de emergencias local** (112 en Europa, 911 en Norteamérica, 999 en el Reino Unido, 000 en Australia)."
        : "**If you or someone else is in danger now, call your local emergency number** (112 in Europe, 911 in North America, 999 in the UK, 000 in Australia).";

    public static string Believe(string language) => language == "es"
        ? "Gracias por contármelo. No es tu culpa."
        : "Thank you for telling me. This is not your fault.";

    public static string NotAlone(string language) => language == "es"
        ? "Gracias por contármelo. No estás solo ni sola."
        : "Thank you for telling me. You are not alone.";

    public static string FollowUpOpening(string language) => language == "es"
        ? "No estás solo ni sola. Esto es lo más importante:"
        : "You are not alone. The most important step:";

    public static string AboutSomeoneElse(string language) => language == "es"
        ? "Si esto te está pasando a ti, esta ayuda también es para ti."
        : "If this is happening to you, this help is for you too.";

    public static string Bystander(string language) => language == "es"
        ? "No enfrentes a nadie ni te acerques. Si puedes hacerlo sin riesgo, anota el lugar, la hora, cómo son las personas y las placas, y llama."
        : "Do not confront anyone or go near them. If it is safe, note the place, time, what people look like and car plates, and call.";

    public static string OtherLines(string language) => language == "es"
        ? "Líneas de ayuda para menores en todo el mundo: childhelplineinternational.org. Ayuda contra la esclavitud moderna: globalmodernslavery.org."
        : "Child helplines worldwide: childhelplineinternational.org. Help with modern slavery: globalmodernslavery.org.";

    public static string CannotTalk(string language, string options) => language == "es"
        ? $"Si no puedes hablar: {options}."
        : $"If you cannot talk: {options}.";

    public static string Or(string language) => language == "es" ? " o " : " or ";

    public static string Bot(string language) => language == "es"
        ? "Soy un bot: no puedo llamar a nadie ni enviar ayuda. Las líneas de ayuda pueden compartir lo que les cuentes si un menor u otra persona está en peligro ahora."
        : "I am a bot: I cannot call anyone or send help for you. Hotlines may share what you tell them if a child or someone else is in danger now.";

    public static string ShortBot(string language) => language == "es"
        ? "Soy un bot y no puedo llamar por ti."
        : "I am a bot and cannot call anyone for you.";

    public static string Call(string language, string number) => language == "es" ? $"Llamar al {number}" : $"Call {number}";

    public static string HotlineOpening(string language, string number) => language == "es"
        ? $"¿En peligro ahora? Llama al {number}."
        : $"In danger now? Call {number}.";

    public static string HotlineOpeningLocal(string language) => language == "es"
        ? "¿En peligro ahora? Llama al número de emergencias local."
        : "In danger now? Call your local emergency number.";

    /// <summary>
    /// The last resort when even the contacts data is unavailable (catalog failed to load, or a fault while
    /// building the reply). Hard-coded on purpose: it must never depend on files or code that may be broken.
    /// The numbers are the emergency numbers for the regions served and the US trafficking hotline (safety.md).
    /// </summary>
    public const string LastResort =
        "**If you or someone else is in danger now, call your emergency number: 911 (US, Canada, Mexico), 112 (Europe), 999 (UK), 000 (Australia).**\n\n"
        + "US National Human Trafficking Hotline: 1-888-373-7888, or text HELP to 233733 (texting 911 works only in some places).\n\n"
        + "**Si estás en peligro ahora, llama al 911 (EE. UU., Canadá, México) o al 112 (Europa).**\n\n"
        + "I am a bot and cannot call anyone for you. / Soy un bot y no puedo llamar por ti.";
}

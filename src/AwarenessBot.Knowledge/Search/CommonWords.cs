using System.Collections.Frozen;

namespace AwarenessBot.Knowledge.Search;

/// <summary>
/// Everyday English that says when, where, how sure or who in general, never what is asked about: "at night",
/// "nationwide", "lately", "not 100% sure", "some guy", "dont". A word no entry has is otherwise read as the
/// sign of a different subject ("zoo", "weather"); these words are not, so when no entry has them they weigh as
/// low-information words and are never typo-corrected into a knowledge-base word. A word an entry uses keeps its
/// own weight. Topical nouns (animals, films, games, clothes) are left out on purpose: they name a subject.
/// </summary>
internal static class CommonWords
{
    private static readonly FrozenSet<string> Words = new[]
    {
        // Time and frequency.
        "night", "nights", "tonight", "overnight", "day", "days", "daily", "morning", "mornings", "evening", "evenings",
        "afternoon", "weekend", "weekends", "week", "weeks", "weekly", "month", "months", "monthly", "yesterday",
        "tomorrow", "lately", "recently", "sometimes", "sometime", "once", "twice", "soon", "later", "late", "early",
        "already", "yet", "again", "ago", "since", "until", "till", "while", "during", "whenever", "forever", "now",

        // Place and extent, in general.
        "nationwide", "statewide", "countrywide", "citywide", "everywhere", "anywhere", "somewhere", "nowhere",
        "here", "nearby", "around", "across", "along", "inside", "outside", "upon", "within", "without", "up", "down",
        "out", "off", "over", "under", "back", "away", "through",

        // Hedges, certainty and chat words.
        "maybe", "perhaps", "probably", "possibly", "likely", "unlikely", "guess", "suppose", "supposed", "wonder",
        "wondering", "wondered", "overthinking", "overthink", "overreacting", "overreact", "paranoid", "honestly",
        "seriously", "anyway", "anyways", "though", "although", "however", "else", "etc", "idk", "tbh",
        "btw", "pretty", "quite", "rather", "bit", "little", "lot", "lots", "bunch", "totally", "completely",
        "definitely", "certainly", "percent", "sure", "yes", "no", "yeah", "nope",
        "sketchy", "shady", "dodgy", "fishy", "weird", "strange", "odd", "off",

        // Contractions written without the apostrophe.
        "dont", "doesnt", "didnt", "cant", "wont", "isnt", "arent", "wasnt", "werent", "shouldnt", "wouldnt",
        "couldnt", "havent", "hasnt", "ive", "id", "youre", "theyre", "thats", "theres", "hes", "shes", "ill",

        // Everyday verbs that carry the sentence, not its subject.
        "done", "doing", "say", "says", "said", "saying", "ask", "asks", "asked", "asking", "try", "tries", "tried",
        "trying", "look", "looks", "looked", "looking", "seem", "seems", "seemed", "start", "started", "starting",
        "keeps", "kept", "put", "puts", "pick", "picks", "picked", "picking", "come", "comes", "came", "coming",
        "sees", "saw", "seen", "seeing", "hear", "heard", "hearing", "wait", "waiting", "stay", "stays", "stayed",
        "staying", "goes", "went", "gone", "happens", "happened", "mean", "means", "worry", "worried",
        "worrying", "worries", "feel", "feels", "feeling", "noticed", "noticing", "catch", "catches", "caught",
        "catching",

        // Pronouns the stop list does not hold.
        "myself", "yourself", "himself", "herself", "itself", "ourselves", "yourselves", "themselves", "oneself",
        "mine", "yours", "hers", "ours", "theirs", "whoever", "whatever", "whichever",

        // People and things in general.
        "guy", "guys", "dude", "lady", "ladies", "folks", "everyone", "everybody", "anyone", "anybody", "nobody",
        "grown", "grownup", "grownups", "place", "places", "reason", "reasons", "question", "questions", "idea",
        "info", "detail", "case", "cases", "point", "fact", "facts", "whole", "every", "each", "several", "few",
        "many", "more", "less", "most", "least", "other", "others", "another", "own", "one", "ones", "two", "three",
        "woman", "women", "town", "towns", "village", "hometown", "hand", "hands", "legit", "pricey", "fancy", "toll",

        // Relatives and people around the one asking ("my niece", "my sister's boss"): who it is about, not what.
        "niece", "nieces", "nephew", "nephews", "cousin", "cousins", "sister", "sisters", "brother", "brothers", "aunt",
        "uncle", "grandma", "grandpa", "grandmother", "grandfather", "grandson", "granddaughter", "stepdaughter",
        "stepson", "roommate", "roommates", "classmate", "classmates", "coworker", "coworkers",

        // Where something was seen ("at a truck stop", "in a massage parlor", "in my uber"): the setting of a sign or a
        // worry, which the entries cover in general terms, not a subject of its own.
        "truck", "trucks", "trucker", "truckers", "gas", "station", "stations", "motel", "motels", "massage", "parlor",
        "parlors", "parlour", "parlours", "salon", "salons", "nail", "restaurant", "restaurants", "uber", "lyft",
        "taxi", "cab", "airport", "airports", "mall", "casino", "room", "rooms", "college", "campus",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Who is asking, not what is asked: a job or a role ("as a flight attendant", "I work at the front desk",
    /// "I'm a teacher"). Such a phrase parts a near tie but never makes a match on its own: "how do I become a flight
    /// attendant" shares only the role with the bystander entry. Written as people write them; analyzed as user text.
    /// </summary>
    public static IReadOnlyList<string> RolePhrases { get; } =
    [
        "flight attendant", "flight attendants", "cabin crew", "airline crew", "flight crew", "pilot", "pilots",
        "bus driver", "coach driver", "driver", "drivers", "teacher", "teachers", "nurse", "nurses", "doctor",
        "doctors", "receptionist", "receptionists", "front desk", "hotel staff", "hotel worker", "hotel workers",
        "social worker", "social workers", "coach", "coaches",
    ];

    /// <summary>True for an everyday word that names no subject (compared lowercase, as written).</summary>
    public static bool Contains(string surfaceWord) => Words.Contains(surfaceWord);
}

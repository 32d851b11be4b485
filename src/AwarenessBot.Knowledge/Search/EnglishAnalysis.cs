using System.Collections.Frozen;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace AwarenessBot.Knowledge.Search;

/// <summary>
/// The English analysis chain (EnglishAnalyzer's, with our stop words and stem overrides): standard tokenizer,
/// possessive, lowercase, ASCII folding, stop words, stem overrides (protected words), Porter.
/// </summary>
internal static class EnglishAnalysis
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    // Lucene's English stop set plus pronouns, auxiliaries and chat filler ("can you tell me...").
    // Question words (what, how, why, who, where, when) and negations stay: they separate
    // "what is X" from "how to report X" and "why victims don't ..." from definitions.
    private static readonly string[] StopWordList =
    [
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "of", "on",
        "or", "such", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was", "will", "with",
        "i", "im", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "its", "them",
        "am", "been", "being", "do", "does", "did", "have", "has", "had", "can", "could", "would", "should", "may",
        "might", "must", "shall", "were", "about", "from", "so", "than", "too", "very", "just", "really", "any", "some",
        "please", "pls", "plz", "tell", "explain", "want", "wanna", "like", "know", "hi", "hello", "hey", "thanks",
        "ok", "okay", "um", "uh", "lol", "u", "ur", "r", "ya", "kinda", "sorta", "actually", "basically",
        "something", "anything", "thing", "things", "get", "got", "give", "let", "need", "someone", "somebody",
    ];

    internal static CharArraySet StopWords { get; } = new(Version, StopWordList, ignoreCase: true);

    // In entries "explain" is filler ("can you explain..."), but a message that says "explain it to my 10 year
    // old" means "talk to": the query chain keeps it, as a low-information word its synonyms can match.
    private static readonly string[] QueryOnlyWords = ["explain"];

    /// <summary>True for words the index drops but queries keep (compared lowercase).</summary>
    public static bool IsQueryOnly(string surfaceWord) => Array.IndexOf(QueryOnlyWords, surfaceWord) >= 0;

    internal static CharArraySet QueryStopWords { get; } = new(Version, StopWordList.Except(QueryOnlyWords).ToArray(), ignoreCase: true);

    // General English that frames a question without naming its topic: relations ("relate", "link"), generic
    // nouns ("problem", "issue", "kind"), judgements and degree ("better", "really", "nowadays"). Unlike stop
    // words they still match when an entry uses them, but they weigh little (see QueryPlanner).
    private static readonly FrozenSet<string> LowInformationWords = new[]
    {
        "relate", "relates", "related", "relation", "connect", "connected", "connection", "link", "linked", "links",
        "affect", "affects", "affected", "effect", "effects", "impact", "impacts", "role", "part", "involved",
        "problem", "problems", "issue", "issues", "matter", "matters", "topic", "subject", "stuff", "kind", "kinds",
        "type", "types", "sort", "sorts", "way", "ways", "aspect", "aspects", "example", "situation", "situations",
        "better", "best", "worse", "worst", "good", "bad", "great", "big", "bigger", "biggest", "major", "main",
        "important", "serious", "real", "true", "exactly", "exact", "currently", "nowadays", "today", "anymore",
        "still", "also", "even", "ever", "always", "often", "usually", "typically", "generally", "commonly",
        "mostly", "truly", "literally", "overall", "specific", "specifically", "particular", "particularly",
        "deal", "handle", "face", "faces", "address", "approach", "consider", "considered", "regarding",
        "concerning", "versus", "vs", "compared", "compare", "difference", "differ", "different", "same",
        "count", "counts", "counted", "considered", "regarded", "called", "meaning", "means", "mean", "meant",
        "word", "words", "term", "terms", "life", "explain", "explains", "explained", "explaining",

        // Everyday verbs and degree or certainty words that frame a question ("how many kids go to school", "at
        // higher risk", "not 100% sure"): too common to name what is asked about.
        "go", "goes", "going", "gets", "getting", "higher", "lower", "greater", "sure", "certain", "unsure", "much",

        // "Is it illegal to...", "can a minor legally...": the frame of a legal question; what follows names the topic.
        "illegal", "legal", "legally", "unlawful", "lawful",

        // Comparison and hedges: "the difference between X and trafficking" names X, not the counter-/anti-trafficking
        // comparison; "I think", "she seems" say how sure the writer is, not what they ask about (see also HedgeWords).
        "between", "think", "thinks", "thinking", "thought", "seem", "seems", "seemed",

        // "Where do I even start": the frame of a how-to question, not its topic.
        "start", "starts", "started", "starting",

        // How often, told in passing ("her boyfriend picks her up every day"): frequency frames what is said, it is not
        // what is asked about (the predators-online-each-day figure answered that bystander's worry).
        "every", "day", "days", "daily",

        // A neighbour is who a bystander worries about ("my neighbour's place seems sketchy"), not what they ask.
        "neighbor", "neighbors", "neighbour", "neighbours",

        // Negations frame a question ("why don't victims...", "why doesn't she see it"); they still match an entry that
        // uses them, but must not outweigh the words that name the topic.
        "don't", "doesn't", "didn't", "can't", "cannot", "won't", "isn't", "aren't", "wasn't", "weren't", "wouldn't",
        "shouldn't", "couldn't", "haven't", "hasn't", "dont", "doesnt", "didnt", "cant", "wont", "isnt", "arent",
        "wasnt", "werent", "wouldnt", "shouldnt", "couldnt", "havent", "hasnt",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Question words open a question without naming its topic: "what kind of dog" shares "what" with
    // "what is trafficking", so they never count as the topic an answer must match.
    private static readonly FrozenSet<string> QuestionWords = new[]
    {
        "what", "whats", "how", "hows", "why", "whys", "who", "whos", "whom", "whose", "where", "wheres",
        "when", "whens", "which", "whether",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Where Porter conflates words that mean different things here, or misses a spelling variant:
    // organization -> "organ" (organ trafficking), definition/definitive -> "definit", community/communication,
    // general/generation, news -> "new", trafficker/trafficking (person vs crime), and British spellings.
    private static readonly (string Word, string Stem)[] StemOverrides =
    [
        ("organization", "organization"), ("organizations", "organization"), ("organisation", "organization"),
        ("organisations", "organization"), ("org", "organization"), ("orgs", "organization"),
        ("define", "defin"), ("defined", "defin"), ("defines", "defin"), ("defining", "defin"),
        ("definition", "defin"), ("definitions", "defin"), ("definitive", "definitive"), ("definitively", "definitive"),
        ("community", "community"), ("communities", "community"), ("general", "general"), ("generally", "general"),
        ("news", "news"), ("children", "child"), ("kids", "kid"), ("stats", "statist"), ("stat", "statist"),
        ("labour", "labor"), ("recognise", "recogn"), ("recognised", "recogn"), ("recognising", "recogn"),
        ("behaviour", "behavior"), ("behaviours", "behavior"), ("neighbour", "neighbor"), ("neighbours", "neighbor"),
        ("counselling", "counsel"), ("modelling", "model"), ("organise", "organ"), ("organised", "organ"),
        ("organized", "organ"), ("women", "woman"), ("men", "man"), ("people", "person"), ("persons", "person"),
        ("trafficker", "trafficker"), ("traffickers", "trafficker"), ("police", "police"), ("policy", "policy"), ("policies", "policy"), ("university", "university"),

        // Contractions written without the apostrophe ("whats", "hows"): the question word itself.
        ("whats", "what"), ("hows", "how"), ("whos", "who"), ("wheres", "where"), ("whens", "when"), ("whys", "why"),
        ("meant", "mean"),

        // Negations written without the apostrophe ("dont"): the same word as with it. "Doesn't" and "didn't" are
        // "don't" in another person or tense: "why doesn't she see it" asks what "why don't victims see..." answers.
        ("dont", "don't"), ("doesnt", "don't"), ("doesn't", "don't"), ("didnt", "don't"), ("didn't", "don't"),
        ("cant", "can't"), ("wont", "won't"),
        ("isnt", "isn't"), ("arent", "aren't"), ("wasnt", "wasn't"),

        // Irregular past forms Porter cannot join to their verb ("sold" / "sell", "bought" / "buy").
        ("sold", "sell"), ("bought", "bui"), ("paid", "pai"), ("ran", "run"), ("taught", "teach"), ("caught", "catch"),
        ("found", "find"), ("made", "make"), ("took", "take"), ("taken", "take"), ("kept", "keep"), ("sent", "send"),
        ("met", "meet"), ("brought", "bring"), ("thought", "think"), ("felt", "feel"), ("went", "go"), ("gone", "go"),
        ("hid", "hide"), ("hidden", "hide"), ("stole", "steal"), ("stolen", "steal"), ("wrote", "write"), ("written", "write"),
    ];

    private static readonly StemmerOverrideFilter.StemmerOverrideMap OverrideMap = BuildOverrides();

    /// <summary>True for general-English words that carry no topic (compared lowercase, as the surface analyzer emits them).</summary>
    public static bool IsLowInformation(string surfaceWord) => LowInformationWords.Contains(surfaceWord);

    // "I think", "she seems": how sure the writer is. Weighed least of all known words: "someone I think is a trafficker"
    // asks how to report a trafficker, not about the entry whose title says "a child I think is trafficked".
    private static readonly FrozenSet<string> HedgeWords = new[]
    {
        "think", "thinks", "thinking", "thought", "seem", "seems", "seemed",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True for words that hedge ("think", "seems"), compared lowercase.</summary>
    public static bool IsHedge(string surfaceWord) => HedgeWords.Contains(surfaceWord);

    /// <summary>True for question words (what, how, why...), compared lowercase.</summary>
    public static bool IsQuestionWord(string surfaceWord) => QuestionWords.Contains(surfaceWord);

    /// <summary>The full chain, used for indexing.</summary>
    public static Analyzer CreateIndexAnalyzer() => CreateStemmingAnalyzer(StopWords);

    /// <summary>The same chain for stemming query words, with a few words the index drops kept (see <see cref="QueryOnlyWords"/>).</summary>
    public static Analyzer CreateQueryAnalyzer() => CreateStemmingAnalyzer(QueryStopWords);

    private static Analyzer CreateStemmingAnalyzer(CharArraySet stopWords) => Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new EnglishPossessiveFilter(Version, source);
        stream = new LowerCaseFilter(Version, stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(Version, stream, stopWords);
        stream = new StemmerOverrideFilter(stream, OverrideMap);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    });

    /// <summary>Tokenize, possessive, lowercase and fold only: the words as the user wrote them.</summary>
    public static Analyzer CreateSurfaceAnalyzer() => Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new EnglishPossessiveFilter(Version, source);
        stream = new LowerCaseFilter(Version, stream);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(source, stream);
    });

    /// <summary>The tokens of <paramref name="text"/>, in order, at most <paramref name="max"/>.</summary>
    public static List<string> Tokens(Analyzer analyzer, string text, int max = int.MaxValue)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream("f", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (tokens.Count < max && stream.IncrementToken())
        {
            tokens.Add(term.ToString());
        }

        stream.End();
        return tokens;
    }

    private static StemmerOverrideFilter.StemmerOverrideMap BuildOverrides()
    {
        var builder = new StemmerOverrideFilter.Builder(ignoreCase: false);
        foreach (var (word, stem) in StemOverrides)
        {
            builder.Add(word, stem);
        }

        return builder.Build();
    }
}

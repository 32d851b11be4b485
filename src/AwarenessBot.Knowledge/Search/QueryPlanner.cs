using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis;

namespace AwarenessBot.Knowledge.Search;

/// <summary>
/// Turns user text into concepts: analyzed tokens, multi-word synonyms matched on the token sequence,
/// typo correction for words the knowledge base does not contain. User text never reaches a query parser.
/// </summary>
internal sealed partial class QueryPlanner
{
    private const string DefinitionStem = "defin";
    private const double DefinitionWeight = 1.0;
    private const string SignsStem = "sign";
    private const double SignsWeight = 1.0;

    // A marker no entry contains (weight 0: it matches nothing and counts for nothing in the similarity).
    private const string ComparisonMarker = "\u0001comparison";

    // A marker no entry contains for a verdict asked on something only the writer can see (see Judges).
    private const string JudgementMarker = "\u0001judgement";

    // Huge input: only the start is read. A question is short; the cap keeps a 100,000-character
    // paste from costing more than a normal message.
    internal const int MaxChars = 2_000;
    internal const int MaxTokens = 48;
    internal const int MaxConcepts = 16;
    private const float SynonymBoost = 0.9f;
    private const float TypoBoost = 0.8f;
    private const int StemCacheLimit = 20_000;
    internal const int OtherWordsLimit = 2_048;
    private const int ShortWord = 3;
    private const double UnknownWeight = 4.0;
    private const double LowInformationWeight = 1.0;
    private const double QueryOnlyWeight = 0.25;

    [ThreadStatic]
    private static Scratch? t_scratch;

    // Words the knowledge base knows (themselves, a synonym or a typo correction of a known word), up to
    // StemCacheLimit; every other word (names, numbers, never-seen tokens) only in small caches emptied when full,
    // so neither someone's words stay in memory for long nor a stream of unique tokens fills memory.
    private readonly ConcurrentDictionary<string, string?> _stemCache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string?> _otherStems = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, WordMeaning> _meanings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, WordMeaning>.AlternateLookup<ReadOnlySpan<char>> _meaningsBySpan;
    private readonly ConcurrentDictionary<string, WordMeaning> _otherMeanings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, WordMeaning>.AlternateLookup<ReadOnlySpan<char>> _otherMeaningsBySpan;
    private readonly Concept _definition;
    private readonly Concept _signs;
    private readonly Concept _comparison;
    private readonly Concept _judgement;
    private readonly Analyzer _stemmer;
    private readonly Analyzer _surface;
    private readonly Vocabulary _vocabulary;
    private readonly SynonymTable _synonyms;
    private readonly HashSet<string> _roles;
    private readonly Dictionary<string, int> _places = new(StringComparer.Ordinal);
    private readonly List<(string[] Stems, int Place)> _placeNames = [];

    /// <param name="synonymGroups">The synonym groups as written; analyzed here exactly as user text is.</param>
    public QueryPlanner(Analyzer stemmer, Analyzer surface, Vocabulary vocabulary, IEnumerable<IReadOnlyList<string>> synonymGroups)
    {
        _stemmer = stemmer;
        _surface = surface;
        _vocabulary = vocabulary;
        _synonyms = new SynonymTable(synonymGroups, term => Words(term).Select(w => (w.Stem, w.Position)).ToList());
        for (var p = 0; p < Places.Groups.Count; p++)
        {
            foreach (var name in Places.Groups[p])
            {
                var stems = Words(name).Select(w => w.Stem).ToArray();
                if (stems.Length > 0)
                {
                    _places.TryAdd(string.Join(' ', stems), p);
                    _placeNames.Add((stems, p));
                }
            }
        }

        _roles = CommonWords.RolePhrases.Select(r => string.Join(' ', Words(r).Select(w => w.Stem))).ToHashSet(StringComparer.Ordinal);
        _meaningsBySpan = _meanings.GetAlternateLookup<ReadOnlySpan<char>>();
        _otherMeaningsBySpan = _otherMeanings.GetAlternateLookup<ReadOnlySpan<char>>();
        _definition = new Concept([vocabulary.Form([DefinitionStem], 1f)], DefinitionWeight) { Definition = true };
        _signs = new Concept([vocabulary.Form([SignsStem], 1f)], SignsWeight);
        _comparison = new Concept([vocabulary.Form([ComparisonMarker], 1f)], 0) { Comparison = true };
        _judgement = new Concept([vocabulary.Form([JudgementMarker], 1f)], UnknownWeight) { Foreign = true };
        foreach (var synonym in _synonyms.Forms.Where(f => f.Form.Length > 1))
        {
            synonym.Concept = MakeConcept(SynonymForms(synonym), null);
        }
    }

    /// <summary>
    /// The one country or region an entry is about (its questions, title and tags name it and no other: "Is the United
    /// States #1"), else -1: an entry that names none, or several ("in europe, asia, africa or latin america"), is not
    /// about one place.
    /// </summary>
    public int SinglePlace(IReadOnlySet<string> strongStems)
    {
        var place = -1;
        foreach (var (stems, p) in _placeNames)
        {
            if (p != place && stems.All(strongStems.Contains))
            {
                if (place >= 0)
                {
                    return -1;
                }

                place = p;
            }
        }

        return place;
    }

    /// <summary>How many words are remembered: those the knowledge base knows, and the others (tests).</summary>
    internal (int Known, int Other) RememberedWords => (_meanings.Count, _otherMeanings.Count);

    public IReadOnlyList<Concept> Plan(string text)
    {
        var concepts = new List<Concept>();
        PlanInto(text, concepts);
        return concepts;
    }

    /// <summary>
    /// Adds the concepts of <paramref name="text"/> to <paramref name="concepts"/>. Each word's meaning is cached
    /// (stem, typo corrections, synonyms, weight), so a message of known words allocates nothing here.
    /// </summary>
    public void PlanInto(string text, List<Concept> concepts)
    {
        var scratch = t_scratch ??= new Scratch();
        var length = Math.Min(text.Length, MaxChars);
        var clipped = Contractions().IsMatch(text.AsSpan(0, length)) ? Contractions().Replace(text[..length], "$1 is") : null;
        var count = ReadWords(scratch, clipped ?? text, clipped?.Length ?? length);
        // The text the question frames below are read from: the start of the message, contractions spelt out.
        var read = clipped is null ? text.AsSpan(0, length) : clipped.AsSpan();
        var words = scratch.Words.AsSpan(0, count);
        var topics = 0;
        var hasDefinition = false;
        for (var i = 0; i < words.Length;)
        {
            var synonym = _synonyms.LongestMatch(words, i, multiWordOnly: true);
            var concept = synonym?.Concept ?? scratch.Meanings[i].Alone!;
            if (!HasKey(concepts, concept.Key) && HasRoom(concepts, concept))
            {
                concepts.Add(concept);
                topics += concept.Topic ? 1 : 0;
                hasDefinition |= concept.Key == DefinitionStem;
            }

            i += synonym?.Form.Length ?? 1;
        }

        // "What is X" and "what does X mean" ask for a definition: the entries that define things say so
        // (the "definition" tag), which separates "what is trafficking" from "what can I do about trafficking".
        // With two topics or more ("what is trafficking prevention") the topics decide, not the frame.
        if (concepts.Count < MaxConcepts && topics <= 1 && _vocabulary.Contains(DefinitionStem) && !hasDefinition
            && (WhatIs().IsMatch(read) || AsksForMeaning(words)))
        {
            concepts.Add(_definition);
        }

        // "Is this trafficking?", "could that be sex trafficking", "does this sound like trafficking": someone asks
        // whether what they saw is trafficking, which the warning-sign entries answer. Only "this" / "that" (a situation
        // described or seen), not "is it trafficking if...", which asks what counts (the definition entries).
        if (concepts.Count < MaxConcepts && _vocabulary.Contains(SignsStem) && !HasKey(concepts, SignsStem)
            && IsThisTrafficking().IsMatch(read))
        {
            concepts.Add(_signs);
        }

        // "The difference between smuggling and trafficking": when one side of a comparison is a word no entry has,
        // no entry can answer it, however well it matches the other side (see EntryTerms.OutweighedByForeignWords).
        if (concepts.Count < MaxConcepts && concepts.Exists(static c => c.Foreign) && Compares().IsMatch(read))
        {
            concepts.Add(_comparison);
        }

        // "Is this website sketchy", "that account seems fake", "is this app legit": a verdict on a thing only the writer
        // can see. Without the subject (trafficking) no entry gives that verdict, whatever word it shares ("website"):
        // the verdict weighs as a word no entry has. "Is this trafficking?" names the subject and asks for the signs.
        if (concepts.Count < MaxConcepts && !concepts.Exists(static c => c.Core) && Judges().IsMatch(read))
        {
            concepts.Add(_judgement);
        }
    }

    private static bool AsksForMeaning(ReadOnlySpan<PlannedWord> words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            var surface = words[i].Surface;
            if (surface is "mean" or "means" or "meaning" or "meant")
            {
                return true;
            }
        }

        return false;
    }

    // "what's" / "whats" / "what’s" read as "what is" ("'s" would otherwise vanish as a possessive).
    [GeneratedRegex(@"\b(what|how|who|where|when|why|which)['’]?s\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Contractions();

    [GeneratedRegex(@"\bwhat\s+(is|was)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhatIs();

    [GeneratedRegex(@"\b(is|could|can|might|would|does|do)\s+(this|that)\s+(be\s+|sound\s+like\s+|look\s+like\s+|count\s+as\s+|seem\s+like\s+)?(\w+\s+)?trafficking\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IsThisTrafficking();

    [GeneratedRegex(@"\b(this|that|these|those)\s+(\w+\s+){0,3}?(sketchy|shady|dodgy|fishy|legit|legitimate|trustworthy|suspicious|sus|scammy|scam|fake)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Judges();

    [GeneratedRegex(@"\b(difference|differences|differ|differs|versus|vs|compared?|comparison)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Compares();

    // Unknown words weigh more than most known ones (they are what makes a message out of scope), but not
    // the full idf of a word no entry has. Ordinary words that frame a question without naming a topic
    // ("relate", "problem", "counts as") must not decide the match: rare in the entries or absent, they weigh little.
    // Very short unknown words ("wat", "bf") are slang or typos we cannot correct safely, not a different topic.
    private double Weight(List<TermForm> forms, string? surface)
    {
        var lowInformation = surface is not null && (EnglishAnalysis.IsLowInformation(surface) || NamesNoTopic(forms, surface));
        var known = forms.Where(f => f.Known).ToList();
        if (known.Count > 0)
        {
            var idf = known.Min(f => f.Stems.Max(_vocabulary.IdfOf));
            // A word no entry was indexed with can only match through its synonyms: enough to part a near tie
            // ("explain it to my 10 year old" leans to talking to kids), never enough to decide a match.
            return surface is not null && (EnglishAnalysis.IsQueryOnly(surface) || EnglishAnalysis.IsHedge(surface)) ? Math.Min(idf, QueryOnlyWeight)
                : lowInformation ? Math.Min(idf, LowInformationWeight) : idf;
        }

        if (lowInformation)
        {
            return LowInformationWeight;
        }

        return forms[0].Stems.Max(s => s.Length) <= ShortWord ? UnknownWeight / 3 : UnknownWeight;
    }

    // Synonym forms no entry contains cannot match anything; dropping them keeps the query small.
    private List<TermForm> FormsAt(ReadOnlySpan<PlannedWord> words, int i)
    {
        if (_synonyms.LongestMatch(words, i) is { } match)
        {
            return SynonymForms(match);
        }

        var (word, stem, _) = words[i];
        var forms = new List<TermForm> { _vocabulary.Form([stem], 1f) };
        // An everyday word no entry has is itself, not a misspelt knowledge-base word ("night" is not "fight").
        if (!_vocabulary.Contains(stem) && !_synonyms.Contains(stem) && !CommonWords.Contains(word))
        {
            foreach (var corrected in _vocabulary.Correct(word))
            {
                forms.Add(_vocabulary.Form([corrected], TypoBoost));
                if (_synonyms.GroupOf(corrected) is { } group)
                {
                    forms.AddRange(Expand(group, [corrected]).Skip(1)
                        .Where(f => f.Known)
                        .Select(f => _vocabulary.Form(f.Stems, TypoBoost * SynonymBoost)));
                }
            }
        }

        return forms;
    }

    private List<TermForm> SynonymForms(SynonymForm match) =>
        [.. Expand(match.Group, match.Form).Where((f, k) => k == 0 || f.Known)];

    private List<TermForm> Expand(IReadOnlyList<string[]> group, string[] matched)
    {
        var forms = new List<TermForm> { _vocabulary.Form(matched, 1f) };
        foreach (var form in group)
        {
            if (!form.AsSpan().SequenceEqual(matched))
            {
                forms.Add(_vocabulary.Form(form, SynonymBoost));
            }
        }

        return forms;
    }

    /// <summary>The non-stop words of <paramref name="text"/> with their positions (stop words leave gaps).</summary>
    public List<PlannedWord> Words(string text, int maxTokens = int.MaxValue)
    {
        var words = new List<PlannedWord>();
        var position = 0;
        foreach (var token in EnglishAnalysis.Tokens(_surface, text, maxTokens))
        {
            if (Stem(token) is { } stem)
            {
                words.Add(new(token, stem, position));
            }

            position++;
        }

        return words;
    }
}

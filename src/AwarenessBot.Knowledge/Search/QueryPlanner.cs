using System.Collections.Concurrent;
using Lucene.Net.Analysis;

namespace AwarenessBot.Knowledge.Search;

/// <summary>One way to say a concept: its stems (several for a multi-word term) and how much a match counts.</summary>
internal sealed record TermForm(string[] Stems, float Boost);

/// <summary>One thing the user asked about: their own word or phrase, plus synonyms and typo corrections.</summary>
internal sealed record Concept(IReadOnlyList<TermForm> Forms, double Weight);

/// <summary>A word of the user's text that is not a stop word: as written, its stem, and its position among all words.</summary>
internal readonly record struct PlannedWord(string Surface, string Stem, int Position);

/// <summary>
/// Turns user text into concepts: analyzed tokens, multi-word synonyms matched on the token sequence,
/// typo correction for words the knowledge base does not contain. User text never reaches a query parser.
/// </summary>
internal sealed class QueryPlanner
{

    // Huge input: only the start is read. A question is short; the cap keeps a 100,000-character
    // paste from costing more than a normal message.
    internal const int MaxChars = 2_000;
    internal const int MaxTokens = 48;
    internal const int MaxConcepts = 16;
    private const float SynonymBoost = 0.9f;
    private const float TypoBoost = 0.8f;
    private const int StemCacheLimit = 20_000;
    private const int ShortWord = 3;
    private const double UnknownWeight = 4.0;
    private const double LowInformationWeight = 1.0;

    private readonly ConcurrentDictionary<string, string?> _stemCache = new(StringComparer.Ordinal);
    private readonly Analyzer _stemmer;
    private readonly Analyzer _surface;
    private readonly Vocabulary _vocabulary;
    private readonly SynonymTable _synonyms;

    /// <param name="synonymGroups">The synonym groups as written; analyzed here exactly as user text is.</param>
    public QueryPlanner(Analyzer stemmer, Analyzer surface, Vocabulary vocabulary, IEnumerable<IReadOnlyList<string>> synonymGroups)
    {
        _stemmer = stemmer;
        _surface = surface;
        _vocabulary = vocabulary;
        _synonyms = new SynonymTable(synonymGroups, term => Words(term).Select(w => (w.Stem, w.Position)).ToList());
    }

    public IReadOnlyList<Concept> Plan(string text)
    {
        var clipped = text.Length > MaxChars ? text[..MaxChars] : text;
        var words = Words(clipped, MaxTokens);
        var concepts = new List<Concept>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < words.Count && concepts.Count < MaxConcepts;)
        {
            var (forms, consumed) = FormsAt(words, i);
            var key = string.Join(' ', forms[0].Stems);
            if (seen.Add(key))
            {
                concepts.Add(new Concept(forms, Weight(forms, consumed == 1 ? words[i].Surface : null)));
            }

            i += consumed;
        }

        return concepts;
    }

    // Unknown words weigh more than most known ones (they are what makes a message out of scope), but not
    // the full idf of a word no entry has. Ordinary words that frame a question without naming a topic
    // ("relate", "problem", "counts as") must not decide the match: rare in the entries or absent, they weigh little.
    // Very short unknown words ("wat", "bf") are slang or typos we cannot correct safely, not a different topic.
    private double Weight(List<TermForm> forms, string? surface)
    {
        var lowInformation = surface is not null && EnglishAnalysis.IsLowInformation(surface);
        var known = forms.Where(f => f.Stems.All(_vocabulary.Contains)).ToList();
        if (known.Count > 0)
        {
            var idf = known.Min(f => f.Stems.Max(_vocabulary.IdfOf));
            return lowInformation ? Math.Min(idf, LowInformationWeight) : idf;
        }

        if (lowInformation)
        {
            return LowInformationWeight;
        }

        return forms[0].Stems.Max(s => s.Length) <= ShortWord ? UnknownWeight / 3 : UnknownWeight;
    }

    // Synonym forms no entry contains cannot match anything; dropping them keeps the query small.
    private (List<TermForm> Forms, int Consumed) FormsAt(List<PlannedWord> words, int i)
    {
        if (_synonyms.LongestMatch(words, i) is { } match)
        {
            return (Expand(match.Group, match.Form).Where((f, k) => k == 0 || f.Stems.All(_vocabulary.Contains)).ToList(), match.Form.Length);
        }

        var (word, stem, _) = words[i];
        var forms = new List<TermForm> { new([stem], 1f) };
        if (!_vocabulary.Contains(stem) && !_synonyms.Contains(stem))
        {
            foreach (var corrected in _vocabulary.Correct(word))
            {
                forms.Add(new([corrected], TypoBoost));
                if (_synonyms.GroupOf(corrected) is { } group)
                {
                    forms.AddRange(Expand(group, [corrected]).Skip(1)
                        .Where(f => f.Stems.All(_vocabulary.Contains))
                        .Select(f => f with { Boost = TypoBoost * SynonymBoost }));
                }
            }
        }

        return (forms, 1);
    }

    private static List<TermForm> Expand(IReadOnlyList<string[]> group, string[] matched)
    {
        var forms = new List<TermForm> { new(matched, 1f) };
        foreach (var form in group)
        {
            if (!form.AsSpan().SequenceEqual(matched))
            {
                forms.Add(new(form, SynonymBoost));
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

    private string? Stem(string word)
    {
        if (_stemCache.TryGetValue(word, out var cached))
        {
            return cached;
        }

        var tokens = EnglishAnalysis.Tokens(_stemmer, word, 1);
        var stem = tokens.Count == 1 ? tokens[0] : null;
        if (_stemCache.Count < StemCacheLimit)
        {
            _stemCache.TryAdd(word, stem);
        }

        return stem;
    }
}

using System.Collections.Concurrent;
using Lucene.Net.Analysis.TokenAttributes;

namespace AwarenessBot.Knowledge.Search;

/// <content>The user's words and what each one means on its own, cached per word.</content>
internal sealed partial class QueryPlanner
{
    // The non-stop words of the first characters, with their meanings, into the scratch buffers.
    private int ReadWords(Scratch scratch, string text, int length)
    {
        var count = 0;
        var position = 0;
        using var stream = _surface.GetTokenStream("f", scratch.Reader.Reset(text, length));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (position < MaxTokens && stream.IncrementToken())
        {
            var meaning = Meaning(term.Buffer.AsSpan(0, term.Length));
            if (meaning.Stem is { } stem)
            {
                scratch.Words[count] = new(meaning.Surface, stem, position);
                scratch.Meanings[count++] = meaning;
            }

            position++;
        }

        stream.End();
        return count;
    }

    private WordMeaning Meaning(ReadOnlySpan<char> surface)
    {
        if (_meaningsBySpan.TryGetValue(surface, out var cached) || _otherMeaningsBySpan.TryGetValue(surface, out cached))
        {
            return cached;
        }

        var word = surface.ToString();
        var meaning = Stem(word) is { } stem ? new WordMeaning(word, stem, Alone(word, stem)) : new WordMeaning(word, null, null);
        if (meaning.Alone is { } alone && Array.Exists(alone.Forms, form => form.Known))
        {
            if (_meanings.Count < StemCacheLimit)
            {
                _meanings.TryAdd(word, meaning);
            }
        }
        else
        {
            Remember(_otherMeanings, word, meaning);
        }

        return meaning;
    }

    // The concept one word makes on its own: a one-word synonym form, else the word with its typo corrections.
    private Concept Alone(string word, string stem)
    {
        var forms = FormsAt([new PlannedWord(word, stem, 0)], 0);
        return MakeConcept(forms, word);
    }

    private Concept MakeConcept(List<TermForm> forms, string? surface)
    {
        var content = surface is null
            || !(EnglishAnalysis.IsQuestionWord(surface) || EnglishAnalysis.IsLowInformation(surface) || NamesNoTopic(forms, surface));

        // A role says who asks ("as a flight attendant"): never the topic an answer must match, though an entry that
        // does not name it still counts it as a word it lacks ("how much does a flight attendant earn").
        var role = IsRole(forms);

        // A short word no entry has is slang or a typo ("wat") when a known word is one edit away; else a real word ("tax").
        // The length is the word's as written: "cats" is a real word even though its stem ("cat") is short.
        var foreign = content && !forms[0].Known && surface?.All(char.IsLetter) != false
            && (forms[0].Stems.Max(s => s.Length) > ShortWord || surface?.Length > ShortWord
                || (surface?.Length == ShortWord && !_vocabulary.HasNeighbour(surface)));
        var core = forms.Exists(f => f.Known && f.Stems.Any(_vocabulary.NamesCore));

        // A real word no entry has and no correction reaches ("zoo", "cats") weighs as a long unknown word, not as slang.
        var weight = foreign && !forms.Exists(f => f.Known) ? UnknownWeight : Weight(forms, surface);
        var place = _places.GetValueOrDefault(forms[0].Stems.Length == 1 ? forms[0].Stems[0] : string.Join(' ', forms[0].Stems), -1);
        return new Concept([.. forms], weight, content && !role && forms.Exists(f => f.Known)) { Foreign = foreign, Core = content && core, Place = place };
    }

    private string? Stem(string word)
    {
        if (_stemCache.TryGetValue(word, out var cached) || _otherStems.TryGetValue(word, out cached))
        {
            return cached;
        }

        var tokens = EnglishAnalysis.Tokens(_stemmer, word, 1);
        var stem = tokens.Count == 1 ? tokens[0] : null;
        if (stem is not null && _vocabulary.Contains(stem))
        {
            if (_stemCache.Count < StemCacheLimit)
            {
                _stemCache.TryAdd(word, stem);
            }
        }
        else
        {
            Remember(_otherStems, word, stem);
        }

        return stem;
    }

    // A small cache for words the knowledge base does not know, emptied when full: recent repeats ("weather") stay
    // cheap, and nothing piles up.
    private static void Remember<T>(ConcurrentDictionary<string, T> cache, string word, T value)
    {
        if (cache.Count >= OtherWordsLimit)
        {
            cache.Clear();
        }

        cache.TryAdd(word, value);
    }

    // Per-thread buffers for one message's words (Plan never re-enters on a thread).
    private sealed class Scratch
    {
        public TextWindowReader Reader { get; } = new();

        public PlannedWord[] Words { get; } = new PlannedWord[MaxTokens];

        public WordMeaning[] Meanings { get; } = new WordMeaning[MaxTokens];
    }
}

namespace AwarenessBot.Knowledge.Search;

/// <summary>
/// One way to say a concept: its stems (several for a multi-word term), their vocabulary ids (-1 for a stem
/// no entry has) and how much a match counts. Immutable apart from a memo of its BM25 postings per field:
/// forms are cached with the words that make them, so each form's postings are looked up once, not per message.
/// </summary>
internal sealed class TermForm(string[] stems, float boost, int[] ids)
{
    public string[] Stems { get; } = stems;

    public float Boost { get; } = boost;

    public int[] Ids { get; } = ids;

    // Indexed like LuceneQueryBuilder.Fields; filled on first use (a race computes the same array twice, harmlessly).
    internal Posting[]?[] Postings { get; } = new Posting[]?[LuceneQueryBuilder.Fields.Length];

    /// <summary>True when every stem is in the knowledge base's vocabulary.</summary>
    public bool Known => Array.IndexOf(Ids, -1) < 0;
}

/// <summary>One thing the user asked about: their own word or phrase, plus synonyms and typo corrections.</summary>
/// <remarks><paramref name="Topic"/>: a known word or phrase that names what the user asks about (not a question word,
/// stop word or low-information word); an entry must match one to be answered.</remarks>
internal sealed record Concept(TermForm[] Forms, double Weight, bool Topic = false)
{
    /// <summary>The first form's stems joined by spaces: two concepts with the same key are one.</summary>
    public string Key { get; } = Forms[0].Stems.Length == 1 ? Forms[0].Stems[0] : string.Join(' ', Forms[0].Stems);

    /// <summary>
    /// The user's own word is in no entry and is long enough to be a real word ("animal", "hospital"), not slang;
    /// a typo correction may still have given it known forms.
    /// </summary>
    public bool Foreign { get; init; }

    /// <summary>Some form names the knowledge base's core subject (see <see cref="Vocabulary.IsCore"/>).</summary>
    public bool Core { get; init; }

    /// <summary>The "what is X" frame: asks for a definition.</summary>
    public bool Definition { get; init; }

    /// <summary>The "difference between X and Y" frame, added only when the message has a word no entry has.</summary>
    public bool Comparison { get; init; }

    /// <summary>The country or region the user's own word names (an index into <see cref="Places.Groups"/>), else -1.</summary>
    public int Place { get; init; } = -1;
}

/// <summary>A word of the user's text that is not a stop word: as written, its stem, and its position among all words.</summary>
internal readonly record struct PlannedWord(string Surface, string Stem, int Position);

/// <summary>
/// What one surface word means on its own, cached per word: its stem (null for a stop word) and the concept it
/// makes when no multi-word synonym takes it (typo corrections and synonyms included).
/// </summary>
internal sealed record WordMeaning(string Surface, string? Stem, Concept? Alone);

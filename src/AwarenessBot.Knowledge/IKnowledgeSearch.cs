namespace AwarenessBot.Knowledge;

/// <summary>The three outcomes of a search.</summary>
public enum SearchOutcome
{
    /// <summary>One entry is a confident match.</summary>
    Answer,

    /// <summary>A near tie: offer the top choices.</summary>
    Clarify,

    /// <summary>Out of scope or not understood.</summary>
    Fallback,
}

/// <summary>An entry with a confidence in [0, 1] that means the same across queries.</summary>
public sealed record SearchHit(KnowledgeEntry Entry, double Confidence);

/// <summary>What the engine decided for one message; <see cref="Hits"/> is best first (at most 3 for clarify).</summary>
public sealed record SearchDecision(SearchOutcome Outcome, IReadOnlyList<SearchHit> Hits)
{
    public static SearchDecision None { get; } = new(SearchOutcome.Fallback, []);

    public SearchHit? Top => Hits.Count > 0 ? Hits[0] : null;
}

/// <summary>The answer engine over the loaded knowledge base.</summary>
public interface IKnowledgeSearch
{
    /// <summary>Decides answer / clarify / fallback for user text. Never throws on any input text.</summary>
    SearchDecision Decide(string text);

    /// <summary>An entry by id (follow-up and clarify buttons), or null.</summary>
    KnowledgeEntry? FindById(string id);

    /// <summary>All entries, in id order.</summary>
    IReadOnlyList<KnowledgeEntry> Entries { get; }
}

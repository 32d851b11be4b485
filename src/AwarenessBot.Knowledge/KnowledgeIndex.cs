namespace AwarenessBot.Knowledge;

/// <summary>The Lucene index over a <see cref="KnowledgeBase"/>, and the answer engine.</summary>
public sealed class KnowledgeIndex : IKnowledgeSearch, IDisposable
{
    private KnowledgeIndex(KnowledgeBase knowledge) => Entries = knowledge.Entries;

    public IReadOnlyList<KnowledgeEntry> Entries { get; }

    // STUB: replaced by the knowledge engine work.
    public static KnowledgeIndex Build(KnowledgeBase knowledge) => new(knowledge);

    public SearchDecision Decide(string text) => SearchDecision.None;

    public KnowledgeEntry? FindById(string id) => Entries.FirstOrDefault(e => e.Id == id);

    public void Dispose()
    {
    }
}

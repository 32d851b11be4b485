using AwarenessBot.Knowledge;

namespace AwarenessBot.Conversation.Safety;

/// <summary>The safety data of the knowledge folder: triage lexicon and patterns, emergency contacts by region.</summary>
public sealed class SafetyCatalog
{
    // STUB: replaced by the safety work. Loads and validates knowledge/safety/* and the contacts file.
    public static (SafetyCatalog? Catalog, IReadOnlyList<KnowledgeProblem> Problems) Load(string knowledgeDirectory, DateTimeOffset now) =>
        (new SafetyCatalog(), []);
}

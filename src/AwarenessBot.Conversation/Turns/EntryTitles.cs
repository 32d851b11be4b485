using AwarenessBot.Conversation.Rendering;
using AwarenessBot.Knowledge;

namespace AwarenessBot.Conversation.Turns;

/// <summary>
/// Entry titles (and their shortened quick-reply forms) to entries, built once per knowledge index, so a
/// clicked title is found without reworking every title on every message.
/// </summary>
internal sealed class EntryTitles
{
    private readonly Dictionary<string, KnowledgeEntry> _byTitle = new(StringComparer.OrdinalIgnoreCase);

    private EntryTitles(IReadOnlyList<KnowledgeEntry> entries)
    {
        Entries = entries;
        // In entry order, full title before its shortened form: the first entry to claim a key wins.
        foreach (var entry in entries)
        {
            _byTitle.TryAdd(Key(entry.Title), entry);
            // Messenger quick replies may come back as their shortened title ("What is human traff…").
            _byTitle.TryAdd(Key(TextLimits.Shorten(entry.Title, TextLimits.QuickReplyTitle)), entry);
        }
    }

    /// <summary>The entry list this lookup was built from (hot reload swaps the list).</summary>
    public IReadOnlyList<KnowledgeEntry> Entries { get; }

    public static EntryTitles For(IReadOnlyList<KnowledgeEntry> entries, EntryTitles? current) =>
        current is not null && ReferenceEquals(current.Entries, entries) ? current : new EntryTitles(entries);

    public KnowledgeEntry? Find(string text) => _byTitle.GetValueOrDefault(Key(text));

    public static string Key(string text) => text.Trim().TrimEnd('.', '!', '?');
}

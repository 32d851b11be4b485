using AwarenessBot.Knowledge;

namespace AwarenessBot.Conversation.Turns;

/// <summary>Builds the channel-neutral replies for answers, clarify, fallback and small talk.</summary>
public sealed class Replies(IKnowledgeSearch search)
{
    public const string NoneOfThese = "None of these";

    // Starter topics, offered where they exist in the knowledge base (content may add or drop entries).
    private static readonly string[] StarterIds =
    [
        "what-is-human-trafficking", "signs-of-trafficking", "how-to-report", "how-to-help", "parents-talking-to-children",
    ];

    // Reporting answers always carry the hotline line: it names the organisations to contact.
    private static readonly HashSet<string> ReportingIds = new(StringComparer.Ordinal)
    {
        "how-to-report", "trafficking-hotlines", "help-alert-authorities", "what-to-do-if-you-suspect",
    };

    private const string Topics =
        "- what human and child trafficking are, and how they happen\n" +
        "- the signs to look out for\n" +
        "- how to report it, and the hotlines\n" +
        "- how to help and prevent it, and advice for parents\n" +
        "- the facts and figures from my sources";

    public BotReply Answer(KnowledgeEntry entry, double confidence, string hotlineLine, bool inSafetyMode)
    {
        var text = $"{entry.Answer.Trim()}\n\nSource: {SourceText(entry)}";
        if (inSafetyMode || ReportingIds.Contains(entry.Id))
        {
            text += $"\n\n{hotlineLine}";
        }

        var followUps = entry.FollowUps
            .Select(search.FindById)
            .OfType<KnowledgeEntry>()
            .Select(EntryButton)
            .Take(3)
            .ToList();
        if (followUps.Count == 0)
        {
            followUps = Starters(exceptId: entry.Id);
        }

        return new BotReply(Route.Answer, [new ReplyMessage(text)], followUps, entry.Id, confidence);
    }

    public static BotReply Clarify(IReadOnlyList<SearchHit> hits, string hotlineLine, bool inSafetyMode)
    {
        var choices = hits.Take(3).Select(h => EntryButton(h.Entry)).ToList();
        choices.Add(new ReplyButton(NoneOfThese, ButtonKind.Ask, NoneOfThese));
        var text = "I'm not sure which of these you mean. Did you mean one of these?";
        if (inSafetyMode)
        {
            text += $"\n\n{hotlineLine}";
        }

        return new BotReply(Route.Clarify, [new ReplyMessage(text)], choices, null, hits.Count > 0 ? hits[0].Confidence : 0);
    }

    public BotReply Fallback(string hotlineLine, double confidence = 0) =>
        new(
            Route.Fallback,
            [new ReplyMessage($"Sorry, I can't help with that. I'm a bot that only answers questions about child and human trafficking, such as:\n{Topics}\n\n{hotlineLine}")],
            Starters(),
            null,
            confidence);

    public BotReply NoneOfTheseChosen(string hotlineLine) =>
        new(
            Route.Fallback,
            [new ReplyMessage($"Sorry I didn't find the right answer. Try asking in other words, or pick one of these topics.\n\n{hotlineLine}")],
            Starters());

    public BotReply EmptyMessage(string hotlineLine) =>
        new(
            Route.Fallback,
            [new ReplyMessage($"I didn't get a message there. Type a question about child or human trafficking, or pick a topic.\n\n{hotlineLine}")],
            Starters());

    public BotReply SmallTalkReply(SmallTalkIntent intent, string hotlineLine)
    {
        var opening = intent switch
        {
            SmallTalkIntent.Greeting => "Hi! I'm AwarenessBot, an automated bot, not a person.",
            SmallTalkIntent.Thanks => "You're welcome. I'm a bot, so there's no need to thank me, but I'm glad it helped.",
            SmallTalkIntent.Identity => "I'm AwarenessBot, an automated bot, not a person. I can't see who you are and I don't keep a transcript.",
            SmallTalkIntent.Goodbye => "Take care. I'm a bot, so you can come back any time.",
            _ => "I'm a bot that answers questions about child and human trafficking.",
        };
        var text = $"{opening}\n\nI answer questions about child and human trafficking from curated sources:\n{Topics}\n\n{hotlineLine}";
        return new BotReply(Route.SmallTalk, [new ReplyMessage(text)], Starters());
    }

    public BotReply Welcome(string channelId, string hotlineLine)
    {
        var text =
            "Hi, I'm AwarenessBot, an automated bot (not a person). I answer questions about child and human trafficking " +
            "from curated sources, and I don't store a transcript of our chat.\n\n" +
            $"{PrivacyNote(channelId)}\n\n{hotlineLine}\n\nAsk me a question, or pick a topic:";
        return new BotReply(Route.SmallTalk, [new ReplyMessage(text)], Starters());
    }

    public List<ReplyButton> Starters(string? exceptId = null)
    {
        var starters = StarterIds
            .Where(id => id != exceptId)
            .Select(search.FindById)
            .OfType<KnowledgeEntry>()
            .Select(EntryButton)
            .ToList();
        if (starters.Count > 0)
        {
            return starters;
        }

        // No known starter entries (a trimmed knowledge base): offer typed questions instead.
        return
        [
            new("What is human trafficking?", ButtonKind.Ask, "What is human trafficking?"),
            new("How do I report it?", ButtonKind.Ask, "How do I report trafficking?"),
            new("What are the signs?", ButtonKind.Ask, "What are the signs of trafficking?"),
        ];
    }

    public static ReplyButton EntryButton(KnowledgeEntry entry) => new(entry.Title, ButtonKind.Entry, entry.Id);

    private static string PrivacyNote(string channelId) => channelId switch
    {
        "facebook" => "Privacy: chats with a Facebook Page are not end-to-end encrypted, and Meta keeps this conversation in your Messenger history.",
        "msteams" => "Privacy: your organisation may retain Teams chats, including this one.",
        _ => "Privacy: the quick exit leaves this page fast, but it does not erase your browser history.",
    };

    private static string SourceText(KnowledgeEntry entry)
    {
        var title = string.IsNullOrWhiteSpace(entry.SourceTitle) ? entry.Source : entry.SourceTitle;
        var isUrl = entry.Source.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
        return isUrl && title != entry.Source ? $"[{title}]({entry.Source})" : title;
    }
}

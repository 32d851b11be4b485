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

    /// <param name="concern">Triage saw a danger sign that did not count: point to the hotline first, no alarm.</param>
    public BotReply Fallback(string hotlineLine, string language, double confidence, bool concern = false)
    {
        var wording = ReplyWording.For(language);
        var text = concern
            ? $"{wording.ConcernFallback}\n\n{hotlineLine}\n\n{wording.ConcernBystander}\n\n{wording.ConcernTopics}\n{wording.Topics}"
            : $"{wording.Fallback}\n{wording.Topics}\n\n{hotlineLine}";
        return new(Route.Fallback, [new ReplyMessage(text)], Starters(), null, confidence);
    }

    public BotReply NoneOfTheseChosen(string hotlineLine, string language) =>
        new(Route.Fallback, [new ReplyMessage($"{ReplyWording.For(language).NoneOfThese}\n\n{hotlineLine}")], Starters());

    public BotReply EmptyMessage(string hotlineLine, string language) =>
        new(Route.Fallback, [new ReplyMessage($"{ReplyWording.For(language).EmptyMessage}\n\n{hotlineLine}")], Starters());

    public BotReply SmallTalkReply(SmallTalkIntent intent, string hotlineLine, string language)
    {
        var wording = ReplyWording.For(language);
        var opening = intent switch
        {
            SmallTalkIntent.Greeting => wording.Greeting,
            SmallTalkIntent.Thanks => wording.Thanks,
            SmallTalkIntent.Identity => wording.Identity,
            SmallTalkIntent.Goodbye => wording.Goodbye,
            _ => wording.About,
        };
        var text = $"{opening}\n\n{wording.SmallTalkTopics}\n{wording.Topics}\n\n{hotlineLine}";
        return new BotReply(Route.SmallTalk, [new ReplyMessage(text)], Starters());
    }

    public BotReply Welcome(string channelId, string hotlineLine, string language)
    {
        var wording = ReplyWording.For(language);
        var text = $"{wording.Welcome}\n\n{wording.Privacy(channelId)}\n\n{hotlineLine}\n\n{wording.WelcomeAsk}";
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

    private static string SourceText(KnowledgeEntry entry)
    {
        var title = string.IsNullOrWhiteSpace(entry.SourceTitle) ? entry.Source : entry.SourceTitle;
        var isUrl = entry.Source.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
        return isUrl && title != entry.Source ? $"[{title}]({entry.Source})" : title;
    }
}

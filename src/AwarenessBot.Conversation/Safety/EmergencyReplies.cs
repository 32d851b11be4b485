using System.Collections.Concurrent;
using System.Text;
using AwarenessBot.Conversation.Turns;

namespace AwarenessBot.Conversation.Safety;

/// <summary>
/// Builds the emergency reply, the shorter safety-mode follow-up and the one-line hotline reminder from the
/// contacts data: the local emergency number always first, then the organisation's contacts and the
/// specialist lines for the situation, then text options with the region's caveat, then "I am a bot".
/// Each depends only on its arguments and the contacts data, and a BotReply is immutable, so each combination
/// (a few thousand at most) is written once and reused.
/// </summary>
internal sealed class EmergencyReplies(SafetyContacts contacts, IReadOnlyList<OrganisationContact> organisation)
{
    private readonly ConcurrentDictionary<(SafetySituation Situations, string Region, string Language, bool FollowUp), BotReply> _replies = new();
    private readonly ConcurrentDictionary<(string Region, string Language), string> _hotlineLines = new();

    private const int MaxLines = 3;

    // Most specific first: a missing child needs NCMEC before a general line, and so on.
    private static readonly SafetySituation[] Priority =
    [
        SafetySituation.MissingChild, SafetySituation.OnlineExploitation, SafetySituation.ChildAbuse, SafetySituation.SelfHarm,
        SafetySituation.Trafficking, SafetySituation.SexualAssault, SafetySituation.Violence, SafetySituation.General,
    ];

    private const SafetySituation Disclosures = SafetySituation.Trafficking | SafetySituation.ChildAbuse
        | SafetySituation.OnlineExploitation | SafetySituation.SexualAssault | SafetySituation.Violence;

    public BotReply Emergency(SafetySituation situations, string region, string language) =>
        _replies.GetOrAdd((situations, region, language, false), static (key, self) => self.BuildEmergency(key.Situations, key.Region, key.Language), this);

    public BotReply FollowUp(SafetySituation situations, string region, string language) =>
        _replies.GetOrAdd((situations, region, language, true), static (key, self) => self.BuildFollowUp(key.Situations, key.Region, key.Language), this);

    public string HotlineLine(string region, string language) =>
        _hotlineLines.GetOrAdd((region, language), static (key, self) => self.BuildHotlineLine(key.Region, key.Language), this);

    private BotReply BuildEmergency(SafetySituation situations, string region, string language)
    {
        var info = Region(region);
        var lines = LinesFor(info.Code, situations, MaxLines);
        var text = new StringBuilder(Opening(info, language));
        if ((situations & Disclosures) != 0 && !situations.HasFlag(SafetySituation.Bystander))
        {
            Paragraph(text, ReplyText.Believe(language));
        }
        else if (situations.HasFlag(SafetySituation.SelfHarm))
        {
            Paragraph(text, ReplyText.NotAlone(language));
        }

        if (situations.HasFlag(SafetySituation.Bystander))
        {
            Paragraph(text, ReplyText.Bystander(language));
        }

        AppendLines(text, lines, language);
        if (info.Emergency is null)
        {
            Paragraph(text, ReplyText.OtherLines(language));
        }

        if (situations.HasFlag(SafetySituation.AboutSomeoneElse))
        {
            Paragraph(text, ReplyText.AboutSomeoneElse(language));
        }

        AppendCannotTalk(text, info, lines, language);
        Paragraph(text, ReplyText.Bot(language));
        return new BotReply(Route.Emergency, [new ReplyMessage(text.ToString(), Buttons(info, lines, language))], []);
    }

    private BotReply BuildFollowUp(SafetySituation situations, string region, string language)
    {
        var info = Region(region);
        var lines = LinesFor(info.Code, situations, 1);
        var text = new StringBuilder(ReplyText.FollowUpOpening(language)).Append(' ').Append(Opening(info, language));
        AppendLines(text, lines, language);
        AppendCannotTalk(text, info, lines, language);
        Paragraph(text, ReplyText.ShortBot(language));
        return new BotReply(Route.Emergency, [new ReplyMessage(text.ToString(), Buttons(info, lines, language))], []);
    }

    private string BuildHotlineLine(string region, string language)
    {
        var info = Region(region);
        var text = new StringBuilder(info.Emergency is null
            ? ReplyText.HotlineOpeningLocal(language)
            : ReplyText.HotlineOpening(language, info.Emergency));
        foreach (var contact in organisation)
        {
            text.Append(' ').Append(Sentence(contact.Text.For(language)));
        }

        if (LinesFor(info.Code, SafetySituation.General, 1) is [var line])
        {
            text.Append(' ').Append(line.Name.For(language)).Append(": ").Append(line.Phone ?? line.Url);
            if (line.Text is not null)
            {
                text.Append(" (").Append(line.Text.For(language)).Append(')');
            }

            text.Append('.');
        }

        return text.ToString();
    }

    private RegionInfo Region(string code) =>
        contacts.Regions.TryGetValue(code, out var info) ? info
        : contacts.Regions.TryGetValue("OTHER", out var other) ? other
        : contacts.Regions.Values.First();

    private static string Opening(RegionInfo info, string language) =>
        info.Emergency is null ? ReplyText.CallLocal(language) : ReplyText.CallNow(language, info.Emergency);

    private List<HotlineContact> LinesFor(string region, SafetySituation situations, int max)
    {
        var regional = contacts.Lines.Where(l => l.Region == region).ToList();
        var chosen = new List<HotlineContact>();
        foreach (var situation in Priority.Where(s => situations.HasFlag(s)))
        {
            if (regional.FirstOrDefault(l => l.For.HasFlag(situation) && !chosen.Contains(l)) is { } line && chosen.Count < max)
            {
                chosen.Add(line);
            }
        }

        // A plain medical emergency needs only the emergency number; anything else gets at least a general line.
        if (chosen.Count == 0 && (situations & ~(SafetySituation.Medical | SafetySituation.Bystander | SafetySituation.AboutSomeoneElse)) != 0)
        {
            chosen.AddRange(regional.Where(l => l.For.HasFlag(SafetySituation.General)).Take(max));
        }

        return chosen;
    }

    private void AppendLines(StringBuilder text, List<HotlineContact> lines, string language)
    {
        if (lines.Count == 0 && organisation.Count == 0)
        {
            return;
        }

        text.Append("\n\n");
        foreach (var contact in organisation)
        {
            text.Append("- ").Append(Sentence(contact.Text.For(language))).Append('\n');
        }

        foreach (var line in lines)
        {
            text.Append("- **").Append(line.Name.For(language)).Append("**: ").Append(line.Phone ?? line.Url);
            text.Append(line.Note is null ? "." : $" ({line.Note.For(language)}).");
            if (line.Text is not null)
            {
                text.Append(' ').Append(Capitalise(line.Text.For(language))).Append('.');
            }

            if (line.Phone is not null && line.Url is not null)
            {
                text.Append(' ').Append(line.Url);
            }

            text.Append('\n');
        }

        text.Length--;
    }

    private void AppendCannotTalk(StringBuilder text, RegionInfo info, List<HotlineContact> lines, string language)
    {
        var options = lines.Where(l => l.Text is not null).Select(l => l.Text!.For(language)).ToList();
        if (options.Count == 0)
        {
            options.AddRange(contacts.Lines.Where(l => l.Region == info.Code && l.Text is not null && l.For.HasFlag(SafetySituation.General))
                .Take(1).Select(l => l.Text!.For(language)));
        }

        var sentence = options.Count > 0 ? ReplyText.CannotTalk(language, string.Join(ReplyText.Or(language), options.Distinct().Take(2))) : "";
        if (info.CannotSpeak is not null)
        {
            sentence = $"{sentence} {info.CannotSpeak.For(language)}".Trim();
        }

        if (sentence.Length > 0)
        {
            Paragraph(text, sentence);
        }
    }

    private List<ReplyButton> Buttons(RegionInfo info, List<HotlineContact> lines, string language)
    {
        var buttons = new List<ReplyButton>();
        if (info.Emergency is not null)
        {
            buttons.Add(new ReplyButton(ReplyText.Call(language, info.Emergency), ButtonKind.Call, $"tel:{info.Emergency}"));
        }

        buttons.AddRange(organisation.Where(o => o.Dial is not null).Select(o => new ReplyButton(ReplyText.Call(language, o.Dial!), ButtonKind.Call, $"tel:{o.Dial}")));
        buttons.AddRange(lines.Where(l => l.Dial is not null && l.Phone is not null).Select(l => new ReplyButton(ReplyText.Call(language, l.Phone!), ButtonKind.Call, $"tel:{l.Dial}")));
        return [.. buttons.Take(MaxLines)];
    }

    private static void Paragraph(StringBuilder text, string paragraph) => text.Append("\n\n").Append(paragraph);

    private static string Sentence(string text) => text.EndsWith('.') ? text : text + ".";

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}

using System.Text;
using System.Text.Json;
using AwarenessBot.Conversation.Safety;
using AwarenessBot.Knowledge;
using Microsoft.Extensions.Logging;

namespace AwarenessBot.Conversation.Turns;

/// <summary>normalise → safety gate → postbacks → small talk → search → answer | clarify | fallback.</summary>
public sealed class TurnPipeline(ISafetyGate gate, IKnowledgeSearch search, ILogger<TurnPipeline> logger) : ITurnPipeline
{
    // The search only needs the gist; the safety gate always sees the whole message.
    internal const int MaxSearchLength = 1000;

    private readonly Replies _replies = new(search);
    private EntryTitles? _titles;

    // FAIL-SAFE: whatever breaks (search, state, a bad entry), the user still gets emergency contacts.
    // Choosing the emergency reply over an error message is deliberate: the person writing may be in danger.
    public async Task<BotReply> RunAsync(TurnInput input, CancellationToken cancellationToken)
    {
        try
        {
            var normalised = input with { Text = Normalise(input.Text) };
            var reply = await DecideAsync(normalised, cancellationToken).ConfigureAwait(false);
            TurnLog.TurnRouted(logger, reply.Route, reply.EntryId, reply.Confidence);
            return reply;
        }
#pragma warning disable CA1031 // Deliberately catch everything: the contract is "never throws".
        catch (Exception ex)
#pragma warning restore CA1031
        {
            TurnLog.TurnFailed(logger, ex.GetType().Name);
            return FailSafe(input);
        }
    }

    private async Task<BotReply> DecideAsync(TurnInput input, CancellationToken cancellationToken)
    {
        var safety = await gate.CheckAsync(input, cancellationToken).ConfigureAwait(false);
        if (safety.Reply is not null)
        {
            return safety.Reply;
        }

        var text = input.Text ?? string.Empty;
        var entryId = PostbackEntryId(input.Value);
        if (entryId == Replies.NoneOfThese || Matches(text, Replies.NoneOfThese))
        {
            return _replies.NoneOfTheseChosen(safety.HotlineLine, safety.Language);
        }

        var chosen = entryId is null ? FindByTitle(text) : search.FindById(entryId);
        if (chosen is not null)
        {
            return _replies.Answer(chosen, 1.0, safety.HotlineLine, safety.InSafetyMode);
        }

        if (text.Length == 0)
        {
            return _replies.EmptyMessage(safety.HotlineLine, safety.Language);
        }

        var intent = SmallTalk.Classify(text);
        if (intent != SmallTalkIntent.None)
        {
            return _replies.SmallTalkReply(intent, safety.HotlineLine, safety.Language);
        }

        var decision = search.Decide(text.Length > MaxSearchLength ? text[..MaxSearchLength] : text);
        return decision switch
        {
            { Outcome: SearchOutcome.Answer, Top: { } top } => _replies.Answer(top.Entry, top.Confidence, safety.HotlineLine, safety.InSafetyMode),
            { Outcome: SearchOutcome.Clarify, Hits.Count: > 0 } => Replies.Clarify(decision.Hits, safety.HotlineLine, safety.InSafetyMode),
            _ => _replies.Fallback(safety.HotlineLine, safety.Language, decision.Top?.Confidence ?? 0, safety.Concern),
        };
    }

    private BotReply FailSafe(TurnInput input)
    {
        try
        {
            return gate.FailSafe(input);
        }
#pragma warning disable CA1031 // The last resort must not throw either.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            TurnLog.TurnFailed(logger, ex.GetType().Name);
            return new BotReply(Route.Emergency, [new ReplyMessage(LastResort)], []);
        }
    }

    // Used only if the safety gate itself cannot build its fail-safe reply (numbers from shared/safety.md).
    internal const string LastResort =
        "If you or someone else is in danger now, call your local emergency number: 911 in the US, Canada and Mexico, " +
        "999 in the UK, 112 in the EU, 000 in Australia. US National Human Trafficking Hotline: 1-888-373-7888, or text HELP to 233733. " +
        "I'm a bot and can't call anyone for you.";

    private KnowledgeEntry? FindByTitle(string text)
    {
        if (text.Length is 0 or > 200)
        {
            return null;
        }

        // Rebuilt only when hot reload swaps the knowledge; a race builds the same lookup twice, harmlessly.
        var titles = _titles = EntryTitles.For(search.Entries, _titles);
        return titles.Find(text);
    }

    private static bool Matches(string text, string title) =>
        string.Equals(EntryTitles.Key(text), EntryTitles.Key(title), StringComparison.OrdinalIgnoreCase);

    internal static string? PostbackEntryId(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } obj)
        {
            return null;
        }

        return obj.TryGetProperty("entryId", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
    }

    // Drops control and zero-width format characters (keeps line breaks) and trims; never shortens,
    // because the safety gate must scan the whole message.
    internal static string Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\n' or '\t')
            {
                builder.Append(c);
            }
            else if (!char.IsControl(c) && c is not ('\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF'))
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Trim();
    }
}

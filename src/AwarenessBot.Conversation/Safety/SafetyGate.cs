using AwarenessBot.Conversation.State;
using AwarenessBot.Conversation.Turns;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AwarenessBot.Conversation.Safety;

/// <summary>Triage, safety mode and emergency replies.</summary>
/// <remarks>
/// Fail-closed, deliberately: if triage throws, the turn takes the emergency route; if the state store
/// throws, the turn goes on without state; if building a reply throws, the hard-coded last resort is sent.
/// A false alarm costs a moment of confusion; a missed cry for help can cost a life.
/// </remarks>
public sealed class SafetyGate(SafetyCatalog catalog, IConversationStateStore store, TimeProvider time, SafetyOptions options, ILogger<SafetyGate>? logger = null) : ISafetyGate
{
    private readonly ILogger _logger = logger ?? NullLogger<SafetyGate>.Instance;
    private readonly EmergencyReplies _replies = new(catalog.Contacts, [
        .. catalog.Contacts.Organisation,
        .. options.OrganisationContacts.Where(o => o.Text.Length > 0).Select(o => new OrganisationContact(new LocalText(o.Text, o.TextEs), o.Dial)),
    ]);

    /// <summary>The triage step; a seam so tests can force a fault (production uses the catalog's triage).</summary>
    internal Func<string?, TriageAnalysis> Analyse { get; init; } = catalog.TriageEngine.Analyse;

    public async Task<SafetyGateResult> CheckAsync(TurnInput input, CancellationToken cancellationToken)
    {
        var state = await TryGetAsync(input.ConversationKey, cancellationToken);
        var now = time.GetUtcNow();
        var inSafetyMode = state?.SafetyModeUntil > now;
        TriageAnalysis analysis;
        try
        {
            analysis = Analyse(input.Text);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            SafetyLog.TriageFailed(_logger, ex.GetType().Name);
            return new SafetyGateResult(FailSafe(input), SafeHotlineLine(DefaultRegion(), "en"), true, DefaultRegion(), "en");
        }

        var language = Language(analysis, state, inSafetyMode, input.Locale);
        var region = analysis.Region ?? state?.Region ?? RegionFromLocale(input.Locale) ?? DefaultRegion();
        var situations = analysis.Situations | (inSafetyMode ? (SafetySituation)(state?.Situations ?? 0) : 0);
        var followUp = !analysis.IsEmergency && inSafetyMode && !string.IsNullOrWhiteSpace(input.Text)
            && (analysis.IsFollowUp || !analysis.IsAwarenessQuestion);
        var reply = analysis.IsEmergency || followUp ? SafeReply(input, situations, region, language, followUp) : null;
        SafetyLog.Checked(_logger, reply is not null, (int)situations, inSafetyMode, region, language);
        if (reply is not null)
        {
            await TrySetAsync(input.ConversationKey, new ConversationState(now + options.SafetyMode, analysis.Region ?? state?.Region, language, (int)situations), cancellationToken);
        }
        else if (analysis.Region is not null && analysis.Region != state?.Region)
        {
            await TrySetAsync(input.ConversationKey, (state ?? new ConversationState()) with { Region = analysis.Region }, cancellationToken);
        }

        return new SafetyGateResult(reply, SafeHotlineLine(region, language), inSafetyMode && reply is null, region, language, reply is null ? analysis.ConcernCheck : null);
    }

    public BotReply FailSafe(TurnInput input)
    {
        try
        {
            var region = RegionFromLocale(input.Locale) ?? DefaultRegion();
            var language = input.Locale?.StartsWith("es", StringComparison.OrdinalIgnoreCase) == true ? "es" : "en";
            return _replies.Emergency(SafetySituation.General, region, language);
        }
        catch (Exception ex)
        {
            SafetyLog.ReplyFailed(_logger, ex.GetType().Name);
            return LastResort();
        }
    }

    /// <summary>The reply when nothing else can be built; needs no data at all.</summary>
    public static BotReply LastResort() => new(
        Route.Emergency,
        [new ReplyMessage(ReplyText.LastResort, [new ReplyButton("Call 911", ButtonKind.Call, "tel:911"), new ReplyButton("Call 1-888-373-7888", ButtonKind.Call, "tel:+18883737888")])],
        []);

    private static string Language(TriageAnalysis analysis, ConversationState? state, bool inSafetyMode, string? locale)
    {
        if (analysis.SpanishLead != 0)
        {
            return analysis.Language;
        }

        if (inSafetyMode && state?.Language is { } remembered)
        {
            return remembered;
        }

        return locale?.StartsWith("es", StringComparison.OrdinalIgnoreCase) == true ? "es" : "en";
    }

    private string? RegionFromLocale(string? locale)
    {
        var dash = locale?.LastIndexOfAny(['-', '_']) ?? -1;
        if (dash <= 0 || locale!.Length - dash != 3)
        {
            return null;
        }

        // A country we have no region for (ja-JP) gets the "anywhere else" guidance, not another country's numbers.
        return catalog.Contacts.RegionForCountry(locale[(dash + 1)..])
            ?? (catalog.Contacts.Regions.ContainsKey("OTHER") ? "OTHER" : null);
    }

    private string DefaultRegion() =>
        catalog.Contacts.Regions.ContainsKey(options.DefaultRegion) ? options.DefaultRegion.ToUpperInvariant() : "US";

    private BotReply SafeReply(TurnInput input, SafetySituation situations, string region, string language, bool followUp)
    {
        try
        {
            return followUp ? _replies.FollowUp(situations, region, language) : _replies.Emergency(situations, region, language);
        }
        catch (Exception ex)
        {
            SafetyLog.ReplyFailed(_logger, ex.GetType().Name);
            return FailSafe(input);
        }
    }

    private string SafeHotlineLine(string region, string language)
    {
        try
        {
            return _replies.HotlineLine(region, language);
        }
        catch (Exception ex)
        {
            SafetyLog.ReplyFailed(_logger, ex.GetType().Name);
            return "In danger now? Call 911 (US), 112 (Europe), 999 (UK) or 000 (Australia).";
        }
    }

    private async Task<ConversationState?> TryGetAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            return await store.GetAsync(key, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            SafetyLog.StateFailed(_logger, ex.GetType().Name);
            return null;
        }
    }

    private async Task TrySetAsync(string key, ConversationState state, CancellationToken cancellationToken)
    {
        try
        {
            await store.SetAsync(key, state, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            SafetyLog.StateFailed(_logger, ex.GetType().Name);
        }
    }
}

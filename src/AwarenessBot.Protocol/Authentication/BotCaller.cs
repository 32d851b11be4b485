namespace AwarenessBot.Protocol.Authentication;

/// <summary>
/// What a validated inbound token vouches for, kept on the request (a feature, not claims, so that no
/// claim inside a token can pose as it).
/// </summary>
/// <param name="FromChannel">Issued by the Bot Framework channel issuer (otherwise an Entra issuer).</param>
/// <param name="Endorsements">The channel ids the signing key is endorsed for; null when the key lists none.</param>
/// <param name="ServiceUrl">The <c>serviceurl</c> claim, when present.</param>
public sealed record BotCaller(bool FromChannel, IReadOnlySet<string>? Endorsements, string? ServiceUrl);

/// <summary>The answer of <see cref="CallerCheck"/>: allowed, or a status and a reason (for the log, never the token).</summary>
internal readonly record struct CallerVerdict(int StatusCode, string? Reason)
{
    public static CallerVerdict Allowed => new(0, null);

    public bool IsAllowed => StatusCode == 0;
}

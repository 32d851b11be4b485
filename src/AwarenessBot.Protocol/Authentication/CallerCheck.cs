using AwarenessBot.Protocol.Hosting;
using AwarenessBot.Protocol.Models;
using Microsoft.AspNetCore.Http;

namespace AwarenessBot.Protocol.Authentication;

/// <summary>The checks that need both the token and the activity: key endorsements and the serviceurl claim.</summary>
internal static class CallerCheck
{
    public static CallerVerdict Check(BotCaller caller, Activity activity, Uri serviceUrl, IReadOnlyCollection<string> allowedHosts)
    {
        // A key endorsed for some channels only may sign tokens for those channels only.
        if (caller.Endorsements is { } endorsed && (activity.ChannelId is not { Length: > 0 } channel || !endorsed.Contains(channel)))
        {
            return new(StatusCodes.Status403Forbidden, "signing key not endorsed for the channel");
        }
        if (caller.ServiceUrl is { } vouched)
        {
            if (!string.Equals(vouched, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
            {
                return new(StatusCodes.Status401Unauthorized, "serviceurl claim does not match the activity");
            }
        }
        else if (caller.FromChannel || !ServiceUrls.IsLoopback(serviceUrl))
        {
            // PROTOCOL NOTE: the SDKs accept Entra tokens without a serviceurl claim for any serviceUrl;
            // we accept them only for a loopback serviceUrl (the Emulator), so our token never goes
            // to a serviceUrl that nothing signed.
            return new(StatusCodes.Status401Unauthorized, "no serviceurl claim vouches for the serviceUrl");
        }
        if (!ServiceUrls.IsAllowed(serviceUrl, allowedHosts))
        {
            return new(StatusCodes.Status403Forbidden, "serviceUrl host not on the allow-list");
        }
        return CallerVerdict.Allowed;
    }
}

namespace AwarenessBot.Protocol.Hosting;

/// <summary>Rules for the <c>serviceUrl</c>s the bot may call.</summary>
public static class ServiceUrls
{
    /// <summary>An absolute http(s) URL, or null.</summary>
    public static Uri? Parse(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && string.IsNullOrEmpty(uri.UserInfo)
            ? uri
            : null;

    /// <summary><c>localhost</c>, 127.0.0.0/8 or ::1.</summary>
    public static bool IsLoopback(Uri uri) => uri.IsLoopback;

    /// <summary>
    /// True when the host is on the list: an exact host, or <c>*.suffix</c> for any subdomain of suffix.
    /// An empty list allows every host (the signed <c>serviceurl</c> claim is still required).
    /// </summary>
    public static bool IsAllowed(Uri uri, IReadOnlyCollection<string> allowedHosts)
    {
        if (allowedHosts.Count == 0)
        {
            return true;
        }
        var host = uri.IdnHost;
        foreach (var entry in allowedHosts)
        {
            var allowed = entry.Trim();
            if (allowed.StartsWith("*.", StringComparison.Ordinal)
                ? host.EndsWith(allowed[1..], StringComparison.OrdinalIgnoreCase)
                : string.Equals(host, allowed, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}

using AwarenessBot.Protocol.DirectLine;

namespace AwarenessBot.Web.ChatPage;

/// <summary>The security headers of every response, and the page's Content Security Policy.</summary>
internal static class SecurityHeaders
{
    /// <summary>
    /// Scripts only from this origin (no inline script, no eval). Relaxations, each needed by Web Chat:
    /// style-src 'unsafe-inline' because Web Chat styles itself with CSS-in-JS (emotion inserts style
    /// elements at run time); img-src data: and blob: for its inline icons and card images.
    /// connect-src adds Azure Direct Line (https and wss) only when a secret makes the page use it;
    /// 'self' already covers the embedded endpoint's ws:/wss: stream on this host.
    /// </summary>
    public static string ContentSecurityPolicy(DirectLineOptions directLine)
    {
        var connect = "'self'";
        if (!string.IsNullOrWhiteSpace(directLine.Secret))
        {
            var azure = directLine.AzureBaseUrl;
            var ws = azure.Scheme == Uri.UriSchemeHttps ? "wss" : "ws";
            connect += $" {azure.GetLeftPart(UriPartial.Authority)} {ws}://{azure.Authority}";
        }

        return string.Join("; ",
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "media-src 'self' blob:",
            $"connect-src {connect}",
            "base-uri 'none'",
            "form-action 'none'",
            "frame-ancestors 'none'",
            "object-src 'none'");
    }

    public static void Apply(HttpResponse response, string csp)
    {
        var headers = response.Headers;
        headers.ContentSecurityPolicy = csp;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
    }
}

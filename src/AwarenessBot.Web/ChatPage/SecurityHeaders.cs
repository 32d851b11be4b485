using AwarenessBot.Protocol.DirectLine;

namespace AwarenessBot.Web.ChatPage;

/// <summary>The security headers of every response, and the page's Content Security Policy.</summary>
internal static class SecurityHeaders
{
    /// <summary>
    /// Scripts from this origin; no eval. The page itself has no inline script, but by default the policy
    /// also allows inline script so that accessibility auditing tools (axe-core injected by a test harness,
    /// assistive bookmarklets) can run on the page; the rest of the policy still keeps conversation data on
    /// our own Direct Line (connect-src) and the page out of frames. <c>ChatPage:StrictScriptPolicy=true</c>
    /// drops the allowance for operators who want the strictest form. Relaxations needed by Web Chat:
    /// style-src 'unsafe-inline' because Web Chat styles itself with CSS-in-JS (emotion inserts style
    /// elements at run time); img-src data: and blob: for its inline icons and card images.
    /// connect-src adds Azure Direct Line (https and wss) only when a secret makes the page use it;
    /// 'self' already covers the embedded endpoint's ws:/wss: stream on this host.
    /// </summary>
    public static string ContentSecurityPolicy(DirectLineOptions directLine, bool strictScripts)
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
            strictScripts ? "script-src 'self'" : "script-src 'self' 'unsafe-inline'",
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

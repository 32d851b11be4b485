using System.Net;
using AwarenessBot.Web.Tests.DirectLine;
using static AwarenessBot.Web.Tests.DirectLine.DirectLineTestExtensions;

namespace AwarenessBot.Web.Tests.Browser;

public sealed class ChatPageHeadersTests
{
    [Fact]
    public async Task GetPage_Always_SendsSecurityHeadersAndQuickExit()
    {
        using var host = DirectLineApp(new() { ["ChatPage:QuickExitUrl"] = "https://example.org/news" });

        using var response = await host.Http.GetAsync(new Uri("/", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("script-src 'self' 'unsafe-inline';", csp, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("href=\"https://example.org/news\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("quick-exit", StringComparison.Ordinal) < html.IndexOf("id=\"webchat\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetPage_StrictScriptPolicy_AllowsScriptsOnlyFromThisOrigin()
    {
        using var host = DirectLineApp(new() { ["ChatPage:StrictScriptPolicy"] = "true" });

        using var response = await host.Http.GetAsync(new Uri("/", UriKind.Relative));
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();

        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline';", csp.Split(';').Single(d => d.Contains("script-src", StringComparison.Ordinal)) + ";", StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetPage_WithAzureSecret_AllowsOnlyThatDirectLineInConnectSrc()
    {
        using var host = DirectLineApp(new() { ["DirectLine:Secret"] = "s3cret", ["DirectLine:AzureBaseUrl"] = "https://europe.directline.botframework.com/v3/directline" });

        using var response = await host.Http.GetAsync(new Uri("/", UriKind.Relative));
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();

        Assert.Contains("connect-src 'self' https://europe.directline.botframework.com wss://europe.directline.botframework.com;", csp, StringComparison.Ordinal);
    }
}

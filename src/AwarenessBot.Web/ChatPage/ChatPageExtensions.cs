using System.Net;
using AwarenessBot.Protocol.DirectLine;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace AwarenessBot.Web.ChatPage;

/// <summary>Serves the chat page (<c>GET /</c>), its static files, and security headers on every response.</summary>
public static class ChatPageExtensions
{
    public static WebApplication UseChatPage(this WebApplication app)
    {
        // Program.cs has one call per concern and no AddChatPage, so the options are bound and
        // validated here, at startup, before the first request.
        var options = app.Configuration.GetSection(ChatPageOptions.SectionName).Get<ChatPageOptions>() ?? new ChatPageOptions();
        options.Validate();
        var csp = SecurityHeaders.ContentSecurityPolicy(app.Services.GetRequiredService<IOptions<DirectLineOptions>>().Value, options.StrictScriptPolicy);
        var page = new Lazy<string?>(() => Render(app.Environment.WebRootFileProvider, options));
        if (!app.Environment.WebRootFileProvider.GetFileInfo("lib/webchat.js").Exists)
        {
            ChatPageLog.WebChatMissing(app.Logger);
        }

        app.Use((context, next) =>
        {
            SecurityHeaders.Apply(context.Response, csp);
            return next(context);
        });
        app.UseStaticFiles();
        app.MapGet("/", (HttpResponse response) => Page(response, page.Value));
        app.MapGet("/index.html", (HttpResponse response) => Page(response, page.Value));
        return app;
    }

    private static IResult Page(HttpResponse response, string? html)
    {
        // Not cached anywhere: after a quick exit, nothing of the chat should come back from a cache.
        response.Headers.CacheControl = "no-store";
        return html is null
            ? TypedResults.Problem("The chat page is missing from wwwroot.", statusCode: StatusCodes.Status503ServiceUnavailable)
            : TypedResults.Content(html, "text/html; charset=utf-8");
    }

    private static string? Render(IFileProvider webRoot, ChatPageOptions options)
    {
        var file = webRoot.GetFileInfo("index.html");
        if (!file.Exists)
        {
            return null;
        }

        using var reader = new StreamReader(file.CreateReadStream());
        return reader.ReadToEnd().Replace("__QUICK_EXIT_URL__", WebUtility.HtmlEncode(options.QuickExitUrl.AbsoluteUri), StringComparison.Ordinal);
    }
}

internal static partial class ChatPageLog
{
    [LoggerMessage(EventId = 5101, Level = LogLevel.Warning, Message = "wwwroot/lib/webchat.js is missing (npm was not available at build time); the chat page will say the chat is unavailable")]
    public static partial void WebChatMissing(ILogger logger);
}

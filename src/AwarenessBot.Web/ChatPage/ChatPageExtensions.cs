namespace AwarenessBot.Web.ChatPage;

/// <summary>Serves the chat page (<c>GET /</c>) with its security headers.</summary>
public static class ChatPageExtensions
{
    // STUB: replaced by the Web Chat page work.
    public static WebApplication UseChatPage(this WebApplication app) => app;
}

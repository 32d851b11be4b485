namespace AwarenessBot.Web.ChatPage;

/// <summary>Settings of the chat page (section <c>ChatPage</c>).</summary>
public sealed class ChatPageOptions
{
    public const string SectionName = "ChatPage";

    /// <summary>Where the quick exit goes: a neutral, everyday site.</summary>
    public Uri QuickExitUrl { get; set; } = new("https://www.bbc.co.uk/weather");

    /// <summary>When true, the page's Content Security Policy allows no inline script at all (see <c>SecurityHeaders</c>).</summary>
    public bool StrictScriptPolicy { get; set; }

    public void Validate()
    {
        if (!QuickExitUrl.IsAbsoluteUri || QuickExitUrl.Scheme != Uri.UriSchemeHttps)
        {
            throw new InvalidOperationException("ChatPage:QuickExitUrl must be an absolute https URL.");
        }
    }
}

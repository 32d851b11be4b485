using System.Net.Http.Json;
using AwarenessBot.Protocol.Models;

namespace AwarenessBot.BareEndpoint;

/// <summary>Posts a reply to <c>{serviceUrl}v3/conversations/{id}/activities/{replyToId}</c>.</summary>
internal sealed class EchoConnector(HttpClient http)
{
    public async Task<bool> ReplyAsync(Uri serviceUrl, Activity reply, CancellationToken cancellationToken)
    {
        var conversationId = Uri.EscapeDataString(reply.Conversation?.Id ?? string.Empty);
        var replyToId = Uri.EscapeDataString(reply.ReplyToId ?? string.Empty);
        var target = new Uri(serviceUrl, $"v3/conversations/{conversationId}/activities/{replyToId}");

        using var response = await http.PostAsJsonAsync(target, reply, ProtocolJson.Options, cancellationToken);
        return response.IsSuccessStatusCode;
    }

    /// <summary>
    /// The activity's <c>serviceUrl</c> with a trailing slash, or null when it is missing or not
    /// loopback: this endpoint has no auth, so it must never be made to call anything else.
    /// </summary>
    public static Uri? LoopbackServiceUrl(string? serviceUrl)
    {
        if (string.IsNullOrEmpty(serviceUrl))
        {
            return null;
        }

        var withSlash = serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/";
        return Uri.TryCreate(withSlash, UriKind.Absolute, out var uri) && uri.IsLoopback
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : null;
    }
}

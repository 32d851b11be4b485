using System.Net.Http.Headers;
using System.Text.Json;
using AwarenessBot.Protocol.Models;

namespace AwarenessBot.Protocol.Connector;

/// <summary>The answer of a Connector call: the new activity id on success, the status and error code otherwise.</summary>
public sealed record ConnectorResult(int StatusCode, string? Id, string? ErrorCode)
{
    public bool Succeeded => StatusCode is >= 200 and < 300;
}

/// <summary>
/// The Bot Connector REST client (<c>v3/conversations/{id}/activities[/{replyToId}]</c>). Callers pass
/// only a <c>serviceUrl</c> that the inbound token vouched for (or a loopback one with auth off).
/// </summary>
public sealed class ConnectorClient(HttpClient http, IConnectorTokenProvider tokens)
{
    /// <summary>The named <see cref="IHttpClientFactory"/> client (resilience pipeline, no redirects).</summary>
    public const string HttpClientName = "BotConnector";

    public Task<ConnectorResult> SendToConversationAsync(Uri serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        PostAsync(ActivitiesUri(serviceUrl, conversationId, null), activity, cancellationToken);

    public Task<ConnectorResult> ReplyToActivityAsync(Uri serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken) =>
        PostAsync(ActivitiesUri(serviceUrl, conversationId, replyToId), activity, cancellationToken);

    /// <summary>Both ids URL-encoded (Teams ids hold <c>:</c>, <c>;</c>, <c>@</c>); a missing trailing slash added.</summary>
    public static Uri ActivitiesUri(Uri serviceUrl, string conversationId, string? replyToId)
    {
        var baseUrl = serviceUrl.AbsoluteUri.EndsWith('/') ? serviceUrl.AbsoluteUri : serviceUrl.AbsoluteUri + "/";
        var path = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        if (!string.IsNullOrEmpty(replyToId))
        {
            path += "/" + Uri.EscapeDataString(replyToId);
        }
        return new Uri(baseUrl + path, UriKind.Absolute);
    }

    private async Task<ConnectorResult> PostAsync(Uri uri, Activity activity, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, uri)
        {
            Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(activity, ProtocolJson.Options))
            {
                Headers = { ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" } },
            },
        };
        if (await tokens.GetTokenAsync(cancellationToken) is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        using var response = await http.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return response.IsSuccessStatusCode
            ? new((int)response.StatusCode, ResponseJson.Id(body), null)
            : new((int)response.StatusCode, null, ResponseJson.ErrorCode(body));
    }
}

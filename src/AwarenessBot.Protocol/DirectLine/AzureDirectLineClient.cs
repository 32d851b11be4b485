using System.Buffers.Text;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using AwarenessBot.Protocol.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AwarenessBot.Protocol.DirectLine;

/// <summary>
/// Exchanges the Azure Direct Line secret for a conversation token, server-side, so the secret
/// never reaches a browser. The user id is a fresh random <c>dl_…</c> per token.
/// </summary>
public sealed class AzureDirectLineClient(HttpClient http, IOptions<DirectLineOptions> options, ILogger<AzureDirectLineClient> logger)
{
    /// <summary>A token for the page, or null when Azure did not give one (the caller answers 502).</summary>
    public async Task<DirectLineToken?> GenerateAsync(CancellationToken cancellationToken)
    {
        var baseUrl = options.Value.AzureBaseUrl.ToString().TrimEnd('/');
        using var request = new HttpRequestMessage(HttpMethod.Post, baseUrl + "/tokens/generate")
        {
            Content = JsonContent.Create(new TokenRequest(new ChannelAccount { Id = "dl_" + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(12)) }), options: ProtocolJson.Options),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.Value.Secret);
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                DirectLineLog.AzureTokenFailed(logger, (int)response.StatusCode);
                return null;
            }

            var token = await response.Content.ReadFromJsonAsync<DirectLineToken>(ProtocolJson.Options, cancellationToken);
            return token is { Token.Length: > 0, ConversationId.Length: > 0 } ? token with { Domain = baseUrl } : null;
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            DirectLineLog.AzureUnreachable(logger, ex);
            return null;
        }
    }
}

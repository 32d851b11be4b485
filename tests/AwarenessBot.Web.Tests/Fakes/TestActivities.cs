using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using AwarenessBot.Protocol.Models;

namespace AwarenessBot.Web.Tests.Fakes;

/// <summary>Inbound activities as channels send them, each in a new conversation; and posting them.</summary>
public static class TestActivities
{
    public static Activity Message(Uri serviceUrl, string? text = "hello", string channel = "webchat") => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString(),
        Timestamp = DateTimeOffset.UtcNow,
        ServiceUrl = serviceUrl.AbsoluteUri,
        ChannelId = channel,
        From = new ChannelAccount { Id = "user-1", Name = "User" },
        Recipient = new ChannelAccount { Id = "bot-1", Name = "AwarenessBot" },
        Conversation = new ConversationAccount { Id = "conv-" + Guid.NewGuid().ToString("N")[..12] },
        Locale = "en-GB",
        Text = text,
    };

    public static Task<HttpResponseMessage> PostAsync(this HttpClient client, Activity activity, string? authorization = null) =>
        client.PostRawAsync(JsonSerializer.Serialize(activity, ProtocolJson.Options), "application/json", authorization);

    public static async Task<HttpResponseMessage> PostRawAsync(this HttpClient client, string body, string contentType, string? authorization = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }
        return await client.SendAsync(request);
    }
}

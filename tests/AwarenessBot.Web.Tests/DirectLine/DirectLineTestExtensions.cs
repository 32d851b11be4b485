using System.Net.Http.Json;
using System.Text;
using AwarenessBot.Protocol.DirectLine;
using AwarenessBot.Protocol.Models;

namespace AwarenessBot.Web.Tests.DirectLine;

internal static class DirectLineTestExtensions
{
    public static string ActivitiesPath(string conversationId) => $"/v3/directline/conversations/{Uri.EscapeDataString(conversationId)}/activities";

    public static Activity UserMessage(string text, string clientActivityId = "client-1") => new()
    {
        Type = ActivityTypes.Message,
        From = new ChannelAccount { Id = "dl_tester" },
        Text = text,
        Locale = "en-US",
        ChannelData = System.Text.Json.JsonSerializer.SerializeToElement(new { clientActivityID = clientActivityId }),
    };

    public static async Task<HttpResponseMessage> PostActivityAsync(this DirectLineHost host, string conversationId, string token, Activity activity)
    {
        using var request = host.Request(HttpMethod.Post, ActivitiesPath(conversationId), token, JsonContent.Create(activity, options: ProtocolJson.Options));
        return await host.Http.SendAsync(request);
    }

    public static async Task<HttpResponseMessage> PostRawAsync(this DirectLineHost host, string conversationId, string token, string json)
    {
        using var request = host.Request(HttpMethod.Post, ActivitiesPath(conversationId), token, new StringContent(json, Encoding.UTF8, "application/json"));
        return await host.Http.SendAsync(request);
    }

    public static async Task<HttpResponseMessage> GetActivitiesAsync(this DirectLineHost host, string conversationId, string? token, string? watermark = null)
    {
        var path = ActivitiesPath(conversationId) + (watermark is null ? "" : "?watermark=" + watermark);
        using var request = host.Request(HttpMethod.Get, path, token);
        return await host.Http.SendAsync(request);
    }

    public static async Task<ActivitySet> ReadSetAsync(this HttpResponseMessage response)
    {
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ActivitySet>(ProtocolJson.Options))!;
    }

    public static async Task<string> ErrorCodeAsync(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<DirectLineError>(ProtocolJson.Options))!.Error.Code;
}

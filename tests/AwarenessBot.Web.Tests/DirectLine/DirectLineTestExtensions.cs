using System.Net.Http.Json;
using System.Text;
using AwarenessBot.Protocol;
using AwarenessBot.Protocol.DirectLine;
using AwarenessBot.Protocol.Models;
using AwarenessBot.Web.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace AwarenessBot.Web.Tests.DirectLine;

internal static class DirectLineTestExtensions
{
    /// <summary>
    /// The app as the Direct Line and chat page tests run it: no Azure secret unless a setting gives one,
    /// a clock that moves only when the test says (<paramref name="clock"/>, or a fresh one), and
    /// <see cref="DirectLineTestBot"/> unless <paramref name="realBot"/>.
    /// </summary>
    public static BotApplication DirectLineApp(Dictionary<string, string?>? settings = null, ManualTimeProvider? clock = null, bool realBot = false)
    {
        var layered = new Dictionary<string, string?> { ["DirectLine:Secret"] = "" };
        foreach (var (key, value) in settings ?? [])
        {
            layered[key] = value;
        }

        var time = clock ?? new ManualTimeProvider(DateTimeOffset.UtcNow);
        return new BotApplication(layered, services =>
        {
            services.AddSingleton<TimeProvider>(time);
            if (!realBot)
            {
                services.AddSingleton<IBot, DirectLineTestBot>();
            }
        });
    }

    public static async Task<DirectLineToken> PageTokenAsync(this BotApplication host)
    {
        using var response = await host.Http.PostAsync(new Uri("/api/directline/token", UriKind.Relative), null);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<DirectLineToken>(ProtocolJson.Options))!;
    }

    public static HttpRequestMessage Request(HttpMethod method, string path, string? token, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = content };
        if (token is not null)
        {
            request.Headers.Authorization = new("Bearer", token);
        }

        return request;
    }

    public static string ActivitiesPath(string conversationId) => $"/v3/directline/conversations/{Uri.EscapeDataString(conversationId)}/activities";

    public static Activity UserMessage(string text, string clientActivityId = "client-1") => new()
    {
        Type = ActivityTypes.Message,
        From = new ChannelAccount { Id = "dl_tester" },
        Text = text,
        Locale = "en-US",
        ChannelData = System.Text.Json.JsonSerializer.SerializeToElement(new { clientActivityID = clientActivityId }),
    };

    public static async Task<HttpResponseMessage> PostActivityAsync(this BotApplication host, string conversationId, string token, Activity activity)
    {
        using var request = Request(HttpMethod.Post, ActivitiesPath(conversationId), token, JsonContent.Create(activity, options: ProtocolJson.Options));
        return await host.Http.SendAsync(request);
    }

    public static async Task<HttpResponseMessage> PostRawAsync(this BotApplication host, string conversationId, string token, string json)
    {
        using var request = Request(HttpMethod.Post, ActivitiesPath(conversationId), token, new StringContent(json, Encoding.UTF8, "application/json"));
        return await host.Http.SendAsync(request);
    }

    public static async Task<HttpResponseMessage> GetActivitiesAsync(this BotApplication host, string conversationId, string? token, string? watermark = null)
    {
        var path = ActivitiesPath(conversationId) + (watermark is null ? "" : "?watermark=" + watermark);
        using var request = Request(HttpMethod.Get, path, token);
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

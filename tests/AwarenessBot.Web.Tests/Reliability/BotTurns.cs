using System.Net;
using System.Text.Json;
using AwarenessBot.Protocol.Models;
using AwarenessBot.Web.Tests.Fakes;

namespace AwarenessBot.Web.Tests.Reliability;

/// <summary>What one turn answered over <c>/api/messages</c> with <c>expectReplies</c> (no Connector needed).</summary>
public sealed record TurnAnswer(HttpStatusCode Status, IReadOnlyList<Activity> Activities, string Body)
{
    public string Text => string.Join("\n", Activities.Select(a => a.Text));

    /// <summary>Emergency guidance carries call buttons (<c>tel:</c>); answers, small talk and fallbacks do not.</summary>
    public bool IsEmergency => Body.Contains("\"tel:", StringComparison.Ordinal);
}

/// <summary>Turns against the real bot (real knowledge, real safety gate), US English unless told otherwise.</summary>
public static class BotTurns
{
    public static async Task<TurnAnswer> AskAsync(
        this HttpClient client, string text, string? conversationId = null, string channel = "webchat", string locale = "en-US")
    {
        var activity = TestActivities.Message(new Uri("http://127.0.0.1/"), text, channel);
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        activity.Locale = locale;
        activity.Conversation = new ConversationAccount { Id = conversationId ?? NewConversation() };
        using var response = await client.PostAsync(activity);
        var body = await response.Content.ReadAsStringAsync();
        var activities = response.StatusCode == HttpStatusCode.OK
            ? JsonSerializer.Deserialize<ExpectedReplies>(body, ProtocolJson.Options)?.Activities ?? []
            : [];
        return new TurnAnswer(response.StatusCode, [.. activities], body);
    }

    public static string NewConversation() => "conv-" + Guid.NewGuid().ToString("N")[..12];
}

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using AwarenessBot.Protocol.Models;

namespace AwarenessBot.Protocol.Tests.Models;

/// <summary>Real channel payloads round-trip unchanged (unknown fields kept), and replies follow the reply rules.</summary>
public sealed class GoldenActivityTests
{
    public static TheoryData<string> Files => new(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Golden"), "*.json").Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(Files))]
    public void Activity_GoldenPayload_RoundTripsJsonEqual(string file)
    {
        var json = Read(file);

        var activity = JsonSerializer.Deserialize<Activity>(json, ProtocolJson.Options)!;
        var written = JsonSerializer.Serialize(activity, ProtocolJson.Options);

        Assert.True(JsonNode.DeepEquals(Normalise(JsonNode.Parse(json)), Normalise(JsonNode.Parse(written))), $"{file} changed:\n{written}");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void CreateReply_GoldenPayload_FollowsReplyRules(string file)
    {
        var inbound = JsonSerializer.Deserialize<Activity>(Read(file), ProtocolJson.Options)!;

        var reply = inbound.CreateReply();
        var json = JsonSerializer.SerializeToElement(reply, ProtocolJson.Options);

        Assert.Equal(ActivityTypes.Message, reply.Type);
        Assert.Equal(inbound.Conversation?.Id, reply.Conversation?.Id);
        Assert.Equal(inbound.Conversation?.TenantId, reply.Conversation?.TenantId);
        Assert.Equal((inbound.Recipient?.Id, inbound.From?.Id), (reply.From?.Id, reply.Recipient?.Id));
        Assert.Equal(inbound.Id, reply.ReplyToId);
        Assert.Equal(inbound.Locale, reply.Locale);
        Assert.False(json.TryGetProperty("id", out _));
        Assert.False(json.TryGetProperty("timestamp", out _));
        Assert.False(json.TryGetProperty("serviceUrl", out _));
    }

    [Fact]
    public void Activity_TeamsChannelMessage_ExposesMentionTenantAndConversationType()
    {
        var activity = JsonSerializer.Deserialize<Activity>(Read("msteams-channel-mention.json"), ProtocolJson.Options)!;

        var mention = Assert.Single(activity.Entities!, e => e.Type == "mention");
        Assert.Equal(activity.Recipient!.Id, mention.Properties!["mentioned"].GetProperty("id").GetString());
        Assert.Equal("<at>AwarenessBot</at>", mention.Properties["text"].GetString());
        Assert.Equal(("channel", true), (activity.Conversation!.ConversationType, activity.Conversation.IsGroup));
        Assert.Equal(activity.Conversation.TenantId, activity.ChannelData!.Value.GetProperty("tenant").GetProperty("id").GetString());
        Assert.Equal("29:1Ab2Cd3Ef4Gh5Ij6Kl7Mn8Op9Qr", activity.From!.Id);
        Assert.NotNull(activity.From.AadObjectId);
    }

    [Fact]
    public void Activity_UnknownTopLevelField_KeptVerbatim()
    {
        var activity = JsonSerializer.Deserialize<Activity>(Read("emulator-conversation-update.json"), ProtocolJson.Options)!;

        Assert.Equal("{ \"kept\": [1, 2.50, \"three\", null, true] }", activity.Properties!["someFutureField"].GetRawText());
        Assert.Equal(2, activity.MembersAdded!.Count);
    }

    [Fact]
    public void Activity_Reply_OmitsNullsAndWritesCamelCase()
    {
        var reply = new Activity { Type = ActivityTypes.Message, Text = "hi", SuggestedActions = new() { Actions = [new() { Type = ActionTypes.ImBack, Title = "More", Value = "more" }] } };

        var json = JsonSerializer.Serialize(reply, ProtocolJson.Options);

        Assert.Equal("{\"type\":\"message\",\"text\":\"hi\",\"suggestedActions\":{\"actions\":[{\"type\":\"imBack\",\"title\":\"More\",\"value\":\"more\"}]}}", json);
    }

    private static string Read(string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", file));

    // Timestamps compare as instants with their offsets: "…00.000Z" and "…00+00:00" are the same value on the wire.
    private static JsonNode? Normalise(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o.ToList())
                {
                    o[key] = key is "timestamp" or "localTimestamp" && value is JsonValue v && v.TryGetValue<string>(out var s)
                        ? DateTimeOffset.Parse(s, CultureInfo.InvariantCulture).ToString("O", CultureInfo.InvariantCulture)
                        : Normalise(value?.DeepClone());
                }
                return o;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    a[i] = Normalise(a[i]?.DeepClone());
                }
                return a;
            default:
                return node;
        }
    }
}

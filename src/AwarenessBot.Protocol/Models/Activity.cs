using System.Text.Json;
using System.Text.Json.Serialization;

namespace AwarenessBot.Protocol.Models;

/// <summary>
/// A Bot Framework activity as it travels on the wire. Unknown fields are kept in
/// <see cref="Properties"/> so that channel payloads round-trip unchanged (Activity Protocol A2005).
/// </summary>
public sealed class Activity
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    public DateTimeOffset? Timestamp { get; set; }
    public DateTimeOffset? LocalTimestamp { get; set; }
    public string? LocalTimezone { get; set; }
    public string? ServiceUrl { get; set; }
    public string? ChannelId { get; set; }
    public ChannelAccount? From { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public string? ReplyToId { get; set; }
    public string? Locale { get; set; }
    public string? Text { get; set; }
    public string? TextFormat { get; set; }
    public string? Speak { get; set; }
    public string? InputHint { get; set; }
    public string? Summary { get; set; }
    public string? AttachmentLayout { get; set; }
    public List<Attachment>? Attachments { get; set; }
    public SuggestedActions? SuggestedActions { get; set; }
    public List<Entity>? Entities { get; set; }
    public JsonElement? ChannelData { get; set; }
    public string? Action { get; set; }
    public string? Name { get; set; }
    public JsonElement? Value { get; set; }
    public string? ValueType { get; set; }
    public string? DeliveryMode { get; set; }
    public List<ChannelAccount>? MembersAdded { get; set; }
    public List<ChannelAccount>? MembersRemoved { get; set; }
    public ConversationReference? RelatesTo { get; set; }
    public string? Code { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>
    /// Creates a reply: same conversation, <c>from</c>/<c>recipient</c> swapped, <c>replyToId</c> set
    /// to this activity's id, locale copied; no id, timestamp or serviceUrl of its own.
    /// </summary>
    public Activity CreateReply(string type = ActivityTypes.Message) => new()
    {
        Type = type,
        ChannelId = ChannelId,
        Conversation = Conversation,
        From = Recipient is null ? null : new ChannelAccount { Id = Recipient.Id, Name = Recipient.Name },
        Recipient = From is null ? null : new ChannelAccount { Id = From.Id, Name = From.Name, AadObjectId = From.AadObjectId },
        ReplyToId = Id,
        Locale = Locale,
    };
}

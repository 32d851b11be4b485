using System.Text.Json.Serialization;
using AwarenessBot.Protocol.Models;

namespace AwarenessBot.Protocol.DirectLine;

/// <summary>Answer of <c>tokens/generate</c>, <c>tokens/refresh</c> and the page's token endpoint.</summary>
public sealed record DirectLineToken(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    // Not part of Direct Line: tells the page which Direct Line to talk to (embedded or Azure).
    string? Domain = null);

/// <summary>Answer of <c>POST conversations</c> and <c>GET conversations/{id}</c>.</summary>
public sealed record DirectLineConversation(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string StreamUrl);

/// <summary>A batch of activities and the watermark after them (polling answer and socket frame).</summary>
public sealed record ActivitySet(IReadOnlyList<Activity> Activities, string? Watermark);

/// <summary>Answer of <c>POST conversations/{id}/activities</c>.</summary>
public sealed record ResourceResponse(string Id);

/// <summary>Direct Line's error body: <c>{"error":{"code","message"}}</c>.</summary>
public sealed record DirectLineError(DirectLineErrorDetail Error);

public sealed record DirectLineErrorDetail(string Code, string Message);

/// <summary>Optional body of <c>tokens/generate</c>: <c>{"user":{"id"}}</c>.</summary>
public sealed record TokenRequest(ChannelAccount? User);

using System.Text.Json;
using System.Text.Json.Serialization;

namespace AwarenessBot.Protocol.Models;

/// <summary>An attachment: a card or a file, by content type.</summary>
public sealed class Attachment
{
    public string? ContentType { get; set; }
    public string? ContentUrl { get; set; }
    public object? Content { get; set; }
    public string? Name { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}

/// <summary>A button: <c>imBack</c>, <c>postBack</c>, <c>messageBack</c>, <c>openUrl</c>, <c>call</c>, …</summary>
public sealed class CardAction
{
    public string? Type { get; set; }
    public string? Title { get; set; }
    public object? Value { get; set; }
    public string? Text { get; set; }
    public string? DisplayText { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}

/// <summary>Suggested actions shown under a message (quick replies on Messenger).</summary>
public sealed class SuggestedActions
{
    public List<string>? To { get; set; }
    public List<CardAction>? Actions { get; set; }
}

/// <summary>The content of a <c>application/vnd.microsoft.card.hero</c> attachment.</summary>
public sealed class HeroCard
{
    public string? Title { get; set; }
    public string? Subtitle { get; set; }
    public string? Text { get; set; }
    public List<CardAction>? Buttons { get; set; }
}

/// <summary>An entity (mention, clientInfo, …). Everything but <c>type</c> stays in <see cref="Properties"/>.</summary>
public sealed class Entity
{
    public string? Type { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}

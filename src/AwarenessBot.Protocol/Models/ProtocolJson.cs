using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace AwarenessBot.Protocol.Models;

/// <summary>The one shared JSON configuration for the wire: camelCase, nulls omitted, text as UTF-8.</summary>
/// <remarks>
/// Every turn parses one activity and writes at least one, so the wire types use metadata generated at compile
/// time (<see cref="ProtocolJsonContext"/>): no reflection warm-up, fewer allocations. Anything else (an
/// <c>object</c>-typed card value holding a dictionary, a caller's own type) falls back to reflection.
/// </remarks>
public static class ProtocolJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // Wire JSON is read by the Connector and Web Chat's fetch, never embedded in a page: accents, dashes,
            // emoji and <, >, & go out as UTF-8 instead of \uXXXX escapes (smaller bodies, the fast writer path).
            // Quotes, backslashes and control characters are still escaped, so the JSON stays valid.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = JsonTypeInfoResolver.Combine(ProtocolJsonContext.Default, new DefaultJsonTypeInfoResolver()),
        };
        options.MakeReadOnly();
        return options;
    }
}

/// <summary>Compile-time JSON metadata for the Bot Framework wire types (same settings as <see cref="ProtocolJson.Options"/>).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ExpectedReplies))]
[JsonSerializable(typeof(HeroCard))]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(string))]
internal sealed partial class ProtocolJsonContext : JsonSerializerContext;

using System.Text.Json;
using System.Text.Json.Serialization;

namespace AwarenessBot.Protocol.Models;

/// <summary>The one shared JSON configuration for the wire: camelCase, nulls omitted.</summary>
public static class ProtocolJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}

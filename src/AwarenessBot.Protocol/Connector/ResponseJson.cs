using System.Text.Json;

namespace AwarenessBot.Protocol.Connector;

/// <summary>
/// The two things the bot reads from a Connector answer: <c>{"id": …}</c> on success and
/// <c>{"error": {"code": …}}</c> on failure. Read forward-only, without building a document: every reply
/// of every turn passes through here. Anything that is not such JSON yields null (the status says enough).
/// </summary>
internal static class ResponseJson
{
    public static string? Id(ReadOnlySpan<byte> body) => Find(body, "id"u8, nested: false);

    public static string? ErrorCode(ReadOnlySpan<byte> body) => Find(body, "error"u8, nested: true);

    // Top-level property `name` as a string, or (nested) the string `code` inside the top-level object `name`.
    private static string? Find(ReadOnlySpan<byte> body, ReadOnlySpan<byte> name, bool nested)
    {
        if (body.IsEmpty)
        {
            return null;
        }

        try
        {
            var reader = new Utf8JsonReader(body);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var match = reader.ValueTextEquals(name);
                reader.Read();
                if (match && !nested)
                {
                    return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }

                if (match && reader.TokenType == JsonTokenType.StartObject)
                {
                    var depth = reader.CurrentDepth;
                    while (reader.Read() && reader.CurrentDepth > depth)
                    {
                        if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == depth + 1 && reader.ValueTextEquals("code"u8))
                        {
                            reader.Read();
                            return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                        }
                    }

                    return null;
                }

                reader.Skip();
            }

            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

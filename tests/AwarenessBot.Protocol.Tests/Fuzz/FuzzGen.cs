using System.Text;
using System.Text.Json;
using CsCheck;

namespace AwarenessBot.Fuzzing;

/// <summary>
/// Generators for hostile input: text with lone surrogates, control and format characters, RTL, emoji and
/// 10k runs; JSON of random shape that uses the Activity's own property names with the wrong types; and
/// broken JSON. Shared (linked) by the Protocol, Conversation and Web fuzz tests.
/// </summary>
internal static class FuzzGen
{
    private static readonly string[] Pieces =
    [
        "help", "passport", "they won't let me leave", "what is human trafficking", "911", "\u202Eevil\u202C", "שלום", "مرحبا",
        "👩‍👧", "🆘", "\uD83D", "\uDE00", "\u0000", "\u200B", "\uFEFF", "\r\n", "\t", "ﬁ", "Ａ", "İ", "ß", "<script>", "{{", "%s",
    ];

    private static readonly string[] ActivityKeys =
    [
        "type", "id", "text", "channelId", "serviceUrl", "conversation", "from", "recipient", "locale", "value", "attachments",
        "entities", "deliveryMode", "replyToId", "timestamp", "channelData", "membersAdded", "name", "textFormat", "speak",
        "suggestedActions", "summary", "localTimestamp", "valueType", "code", "action", "importance",
    ];

    private static readonly string[] Types = ["message", "conversationUpdate", "invoke", "event", "typing", "installationUpdate", "", "MESSAGE"];

    public static Gen<char> Char { get; } = Gen.Frequency(
        (6, Gen.Char[' ', '~']),
        (2, Gen.Char['\u0000', '\uFFFF']),
        (1, Gen.Char['\uD800', '\uDFFF']),
        (1, Gen.Char['\u0590', '\u06FF']),
        (1, Gen.Char['\u0000', '\u001F']));

    /// <summary>Mostly short, sometimes built from meaningful pieces, now and then 10,000 characters.</summary>
    public static Gen<string> Text { get; } = Gen.Frequency(
        (10, Char.Array[0, 40].Select(c => new string(c))),
        (6, Gen.OneOf(Pieces).Array[1, 6].Select(p => string.Join(' ', p))),
        (1, Gen.Int[9_000, 10_000].Select(Gen.OneOf(Pieces), (n, piece) => Repeat(piece, n))));

    private static Gen<string> Scalar { get; } = Gen.Frequency(
        (4, Text.Select(t => JsonSerializer.Serialize(t))),
        (2, Gen.OneOf(Types).Select(t => JsonSerializer.Serialize(t))),
        (2, Gen.Int.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        (1, Gen.Double.Select(d => double.IsFinite(d) ? d.ToString("R", System.Globalization.CultureInfo.InvariantCulture) : "1e309")),
        (1, Gen.OneOf("true", "false", "null", "-0", "1e400", "\"http://127.0.0.1:9/\"", "\"https://example.invalid\"")));

    private static Gen<string> Key { get; } = Gen.Frequency((4, Gen.OneOf(ActivityKeys)), (1, Text));

    public static Gen<string> Json { get; } = Gen.Recursive<string>((depth, self) => depth >= 3
        ? Scalar
        : Gen.Frequency(
            (3, Scalar),
            (1, self.Array[0, 4].Select(items => "[" + string.Join(",", items) + "]")),
            (2, Gen.Select(Key, self).Array[0, 6].Select(Object))));

    /// <summary>An object with activity keys; usually a plausible type so that more of the reader runs.</summary>
    public static Gen<string> ActivityJson { get; } = Gen.Select(Gen.OneOf(Types), Gen.Select(Key, Json).Array[0, 8])
        .Select((type, fields) => Object([("type", JsonSerializer.Serialize(type)), .. fields]));

    /// <summary>A message that passes the reader (expectReplies, a conversation) with random text and extra fields.</summary>
    public static Gen<string> MessageJson { get; } = Gen.Select(Text, Gen.OneOf("webchat", "msteams", "facebook", "emulator", "directline"), Gen.Select(Key, Json).Array[0, 3])
        .Select((text, channel, extra) => Object([
            ("type", "\"message\""), ("deliveryMode", "\"expectReplies\""), ("conversation", "{\"id\":\"fuzz\"}"),
            ("channelId", JsonSerializer.Serialize(channel)), ("locale", "\"en-US\""), ("text", JsonSerializer.Serialize(text)), .. extra]));

    /// <summary>Well-formed messages, activity-shaped JSON, any JSON, truncated JSON, raw junk.</summary>
    public static Gen<string> Body { get; } = Gen.Frequency(
        (3, MessageJson),
        (5, ActivityJson),
        (2, Json),
        (2, ActivityJson.Select(Gen.Double[0, 1], (json, cut) => json[..(int)(json.Length * cut)])),
        (1, Text));

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static string Object(IEnumerable<(string Key, string Value)> fields) =>
        "{" + string.Join(",", fields.Select(f => JsonSerializer.Serialize(f.Key) + ":" + f.Value)) + "}";

    private static string Repeat(string piece, int length)
    {
        var builder = new StringBuilder(length + piece.Length);
        while (builder.Length < length)
        {
            builder.Append(piece).Append(' ');
        }

        return builder.ToString();
    }
}

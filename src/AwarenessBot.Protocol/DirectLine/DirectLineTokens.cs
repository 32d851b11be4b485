using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace AwarenessBot.Protocol.DirectLine;

/// <summary>What a valid token says: its conversation, its user (if bound to one) and when it expires.</summary>
public sealed record TokenClaims(string ConversationId, string? UserId, DateTimeOffset ExpiresAt);

public enum TokenCheck { Valid, Invalid, Expired }

/// <summary>
/// Signs and checks embedded Direct Line tokens: <c>base64url(payload).base64url(HMAC-SHA256)</c>,
/// bound to one conversation, expiring on the injected <see cref="TimeProvider"/>.
/// </summary>
public sealed class DirectLineTokens(IOptions<DirectLineOptions> options, TimeProvider time)
{
    private const string Version = "dl1";
    private readonly byte[] _key = string.IsNullOrWhiteSpace(options.Value.TokenSigningKey)
        ? RandomNumberGenerator.GetBytes(32)
        : Convert.FromBase64String(options.Value.TokenSigningKey);

    public int LifetimeSeconds => options.Value.TokenLifetimeSeconds;

    public string Issue(string conversationId, string? userId)
    {
        var expires = time.GetUtcNow().AddSeconds(LifetimeSeconds).ToUnixTimeSeconds();
        var nonce = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(9));
        // Ids are base64url or dl_-prefixed, so '\n' cannot occur inside a field.
        var payload = Encoding.UTF8.GetBytes($"{Version}\n{conversationId}\n{userId}\n{expires}\n{nonce}");
        return Base64Url.EncodeToString(payload) + "." + Base64Url.EncodeToString(HMACSHA256.HashData(_key, payload));
    }

    public TokenCheck Check(string? token, out TokenClaims? claims)
    {
        claims = null;
        if (string.IsNullOrEmpty(token) || token.Length > 1024)
        {
            return TokenCheck.Invalid;
        }

        var dot = token.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || !TryDecode(token[..dot], out var payload) || !TryDecode(token[(dot + 1)..], out var signature)
            || !CryptographicOperations.FixedTimeEquals(HMACSHA256.HashData(_key, payload), signature))
        {
            return TokenCheck.Invalid;
        }

        var parts = Encoding.UTF8.GetString(payload).Split('\n');
        if (parts.Length != 5 || parts[0] != Version || !long.TryParse(parts[3], out var unix))
        {
            return TokenCheck.Invalid;
        }

        claims = new TokenClaims(parts[1], parts[2].Length == 0 ? null : parts[2], DateTimeOffset.FromUnixTimeSeconds(unix));
        return time.GetUtcNow() >= claims.ExpiresAt ? TokenCheck.Expired : TokenCheck.Valid;
    }

    private static bool TryDecode(string text, out byte[] bytes)
    {
        bytes = new byte[Base64Url.GetMaxDecodedLength(text.Length)];
        if (Base64Url.DecodeFromChars(text, bytes, out _, out var written) != System.Buffers.OperationStatus.Done)
        {
            return false;
        }

        bytes = bytes[..written];
        return true;
    }
}

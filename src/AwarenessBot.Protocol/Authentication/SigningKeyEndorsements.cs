using System.Collections;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AwarenessBot.Protocol.Authentication;

/// <summary>After signature validation: finds the JWKS entry of the key that signed, and records its endorsements.</summary>
internal static class SigningKeyEndorsements
{
    public static async Task RecordAsync(TokenValidatedContext context, bool channel, string appId)
    {
        if (context.SecurityToken is not JsonWebToken token || token.SigningKey?.KeyId is not { Length: > 0 } kid
            || context.Options.ConfigurationManager is not { } manager)
        {
            context.Fail("no signing key");
            return;
        }
        var configuration = await manager.GetConfigurationAsync(context.HttpContext.RequestAborted);
        var key = configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => k.KeyId == kid || k.X5t == kid);
        if (key is null)
        {
            context.Fail("signing key not in the metadata");
            return;
        }
        if (!channel && !IssuedForUs(token, appId))
        {
            // PROTOCOL NOTE: no bot-to-bot (skills): an Entra token must be one our own app requested.
            context.Fail("caller is not this bot's app");
            return;
        }
        token.TryGetPayloadValue<string>("serviceurl", out var serviceUrl);
        context.HttpContext.Features.Set(new BotCaller(channel, Read(key), serviceUrl));
    }

    private static bool IssuedForUs(JsonWebToken token, string appId) =>
        (token.TryGetPayloadValue<string>("appid", out var v1) ? v1 : token.TryGetPayloadValue<string>("azp", out var v2) ? v2 : null)
            is { } caller && string.Equals(caller, appId, StringComparison.OrdinalIgnoreCase);

    internal static IReadOnlySet<string>? Read(JsonWebKey key)
    {
        if (!key.AdditionalData.TryGetValue("endorsements", out var raw) || raw is null)
        {
            return null;
        }
        var values = raw switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray().Select(e => e.ToString()),
            string single => [single],
            IEnumerable many => many.Cast<object?>().Select(o => o?.ToString() ?? string.Empty),
            _ => [],
        };
        // Channel ids compare ordinally, as the SDKs do.
        return values.ToHashSet(StringComparer.Ordinal);
    }
}

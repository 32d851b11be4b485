using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AwarenessBot.Web.Tests.Fakes;

/// <summary>
/// Loopback stand-in for the Bot Framework and Entra token issuers (OpenID metadata and a JWKS whose
/// keys carry <c>endorsements</c>, locally generated RSA keys) and for App Service's managed-identity
/// endpoint. Mints real signed tokens.
/// </summary>
public sealed class TokenIssuer : IAsyncLifetime, IDisposable
{
    public const string ChannelIssuer = "https://api.botframework.com";
    public const string EntraIssuer = "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0";
    public const string IdentityHeader = "identity-header-secret";

    private static readonly string[] AllChannels = ["webchat", "msteams", "facebook", "directline", "emulator"];
    private LoopbackServer? _server;
    private int _msiCalls;

    public RSA MainKey { get; } = RSA.Create(2048);
    public RSA TeamsOnlyKey { get; } = RSA.Create(2048);
    public RSA EntraKey { get; } = RSA.Create(2048);
    public RSA Stranger { get; } = RSA.Create(2048);

    public string MsiToken { get; } = "msi-token-" + Guid.NewGuid().ToString("N");
    public int MsiCalls => Volatile.Read(ref _msiCalls);

    public Uri ChannelMetadataUrl => new(_server!.BaseAddress, "v1/.well-known/openidconfiguration");
    public Uri EntraMetadataUrl => new(_server!.BaseAddress, "entra/v2.0/.well-known/openid-configuration");
    public Uri IdentityEndpoint => new(_server!.BaseAddress, "msi/token");

    public static string KeyId(RSA key) => Base64UrlEncoder.Encode(SHA256.HashData(key.ExportSubjectPublicKeyInfo()))[..20];

    /// <summary>An RS256 token signed by <paramref name="key"/> with the kid <paramref name="kid"/> (default: the key's own).</summary>
    public static string Mint(IDictionary<string, object> claims, RSA key, string? kid = null)
    {
        var credentials = new SigningCredentials(new RsaSecurityKey(key) { KeyId = kid ?? KeyId(key) }, SecurityAlgorithms.RsaSha256);
        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        return handler.CreateToken(JsonSerializer.Serialize(claims), credentials);
    }

    /// <summary>A token with any header and an arbitrary signature (alg none, HS256, …).</summary>
    public static string Raw(object header, IDictionary<string, object> claims, byte[]? signature) =>
        $"{Encode(header)}.{Encode(claims)}.{(signature is null ? string.Empty : Base64UrlEncoder.Encode(signature))}";

    public static string Encode(object value) => Base64UrlEncoder.Encode(JsonSerializer.SerializeToUtf8Bytes(value));

    public static string HmacSignature(string headerAndPayload, byte[] secret) =>
        Base64UrlEncoder.Encode(HMACSHA256.HashData(secret, Encoding.ASCII.GetBytes(headerAndPayload)));

    public async Task InitializeAsync() => _server = await LoopbackServer.StartAsync(Map);

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    public void Dispose()
    {
        MainKey.Dispose();
        TeamsOnlyKey.Dispose();
        EntraKey.Dispose();
        Stranger.Dispose();
    }

    private void Map(WebApplication app)
    {
        var baseUrl = () => _server!.BaseAddress.AbsoluteUri;
        app.MapGet("/v1/.well-known/openidconfiguration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = ChannelIssuer,
            ["jwks_uri"] = baseUrl() + "v1/.well-known/keys",
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        }));
        app.MapGet("/v1/.well-known/keys", () => Results.Json(new { keys = new[] { Jwk(MainKey, AllChannels), Jwk(TeamsOnlyKey, ["msteams"]) } }));
        app.MapGet("/entra/v2.0/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = EntraIssuer,
            ["jwks_uri"] = baseUrl() + "entra/keys",
        }));
        app.MapGet("/entra/keys", () => Results.Json(new { keys = new[] { Jwk(EntraKey, null) } }));
        app.MapGet("/msi/token", (HttpRequest request) =>
        {
            Interlocked.Increment(ref _msiCalls);
            if (request.Headers["X-IDENTITY-HEADER"] != IdentityHeader || request.Query["api-version"] != "2019-08-01")
            {
                return Results.Json(new { statusCode = 401, message = "wrong identity header or api-version" }, statusCode: 401);
            }
            var expiresOn = DateTimeOffset.UtcNow.AddHours(24).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Results.Json(new { access_token = MsiToken, expires_on = expiresOn, resource = request.Query["resource"].ToString(), token_type = "Bearer", client_id = request.Query["client_id"].ToString() });
        });
    }

    private static Dictionary<string, object> Jwk(RSA key, string[]? endorsements)
    {
        var parameters = key.ExportParameters(false);
        var jwk = new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId(key),
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (endorsements is not null)
        {
            jwk["endorsements"] = endorsements;
        }
        return jwk;
    }

    /// <summary>Claims of a valid channel token for <paramref name="appId"/> vouching for <paramref name="serviceUrl"/>.</summary>
    public static Dictionary<string, object> ChannelClaims(string appId, string serviceUrl)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        return new() { ["iss"] = ChannelIssuer, ["aud"] = appId, ["nbf"] = now - 10, ["iat"] = now - 10, ["exp"] = now + 3600, ["serviceurl"] = serviceUrl };
    }
}

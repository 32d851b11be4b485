using System.Net;
using System.Text;
using AwarenessBot.Protocol.Models;
using AwarenessBot.Web.Tests.Fakes;
using static AwarenessBot.Web.Tests.Fakes.TokenIssuer;

namespace AwarenessBot.Web.Tests.Authentication;

public sealed class InboundTokenTests(AuthOnFixture fixture) : IClassFixture<AuthOnFixture>
{
    private const string AppId = AuthOnFixture.AppId;
    private readonly RecordingConnector _connector = fixture.Connector;
    private string Service => _connector.ServiceUrl.AbsoluteUri;

    [Theory]
    [InlineData("webchat", "main")]
    [InlineData("msteams", "main")]
    [InlineData("msteams", "teams-only")]
    public async Task PostMessages_ValidChannelToken_ReplyCarriesOurToken(string channel, string key)
    {
        var inbound = TestActivities.Message(_connector.ServiceUrl, "hi", channel);
        var token = Mint(ChannelClaims(AppId, Service), key == "main" ? fixture.Issuer.MainKey : fixture.Issuer.TeamsOnlyKey);

        var response = await fixture.Client.PostAsync(inbound, "Bearer " + token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = Assert.Single(await _connector.WaitForAsync(inbound.Conversation!.Id!, r => r.Count > 0));
        Assert.Equal("Bearer " + AuthOnFixture.OutboundToken, sent.Authorization);
        Assert.Equal((inbound.Id, "user-1", "bot-1", "en-GB"), (sent.Activity.ReplyToId, sent.Activity.Recipient?.Id, sent.Activity.From?.Id, sent.Activity.Locale));
    }

    [Fact]
    public async Task PostMessages_TokenExpiredInsideSkew_Accepted()
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var claims = ChannelClaims(AppId, Service);
        (claims["nbf"], claims["iat"], claims["exp"]) = (now - 3600, now - 3600, now - 60);

        var response = await fixture.Client.PostAsync(TestActivities.Message(_connector.ServiceUrl), "Bearer " + Mint(claims, fixture.Issuer.MainKey));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task PostMessages_EmulatorTokenForOurAppOnLoopback_Accepted()
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var claims = new Dictionary<string, object> { ["iss"] = EntraIssuer, ["aud"] = AppId, ["azp"] = AppId, ["ver"] = "2.0", ["nbf"] = now, ["exp"] = now + 600 };

        var response = await fixture.Client.PostAsync(TestActivities.Message(_connector.ServiceUrl, "hi", "emulator"), "Bearer " + Mint(claims, fixture.Issuer.EntraKey));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public static TheoryData<string> BadTokens =>
    [
        "no header", "not a JWT", "garbage", "known kid, other key", "unknown kid", "expired beyond skew",
        "not yet valid", "wrong audience", "wrong issuer", "alg none", "HS256 with public key", "no serviceurl claim",
        "serviceurl names another host", "Basic scheme", "Entra token of another app", "Entra token for a non-loopback serviceUrl",
    ];

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task PostMessages_BadToken_Returns401AndSendsNothing(string kind)
    {
        var inbound = TestActivities.Message(_connector.ServiceUrl);
        if (kind == "Entra token for a non-loopback serviceUrl")
        {
            inbound.ServiceUrl = "https://connector.evil.invalid/";
        }

        var response = await fixture.Client.PostAsync(inbound, Authorization(kind));

        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{kind}: {response.StatusCode}");
        await AssertNothingSentAsync(inbound.Conversation!.Id!);
    }

    [Fact]
    public async Task PostMessages_KeyNotEndorsedForChannel_Returns403AndSendsNothing()
    {
        var inbound = TestActivities.Message(_connector.ServiceUrl, "hi", "webchat");

        var response = await fixture.Client.PostAsync(inbound, "Bearer " + Mint(ChannelClaims(AppId, Service), fixture.Issuer.TeamsOnlyKey));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await AssertNothingSentAsync(inbound.Conversation!.Id!);
    }

    [Fact]
    public async Task PostMessages_ForgedServiceUrl_Returns401AndSendsNothing()
    {
        var inbound = TestActivities.Message(new Uri("http://connector.evil.invalid/"));

        var response = await fixture.Client.PostAsync(inbound, "Bearer " + Mint(ChannelClaims(AppId, Service), fixture.Issuer.MainKey));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertNothingSentAsync(inbound.Conversation!.Id!);
    }

    private string? Authorization(string kind)
    {
        var issuer = fixture.Issuer;
        var claims = ChannelClaims(AppId, Service);
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var kid = KeyId(issuer.MainKey);
        var signed = (Func<string>)(() => "Bearer " + Mint(claims, issuer.MainKey));
        switch (kind)
        {
            case "no header": return null;
            case "not a JWT": return "Bearer abc.def";
            case "garbage": return "Bearer " + new string('x', 60);
            case "known kid, other key": return "Bearer " + Mint(claims, issuer.Stranger, kid);
            case "unknown kid": return "Bearer " + Mint(claims, issuer.Stranger);
            case "expired beyond skew": (claims["nbf"], claims["iat"], claims["exp"]) = (now - 7200, now - 7200, now - 600); return signed();
            case "not yet valid": (claims["nbf"], claims["exp"]) = (now + 600, now + 7200); return signed();
            case "wrong audience": claims["aud"] = Guid.NewGuid().ToString(); return signed();
            case "wrong issuer": claims["iss"] = "https://api.botframework.com.evil.example"; return signed();
            case "alg none": return "Bearer " + Raw(new { alg = "none", typ = "JWT", kid }, claims, null);
            case "HS256 with public key":
                var unsigned = $"{Encode(new { alg = "HS256", typ = "JWT", kid })}.{Encode(claims)}";
                return "Bearer " + unsigned + "." + HmacSignature(unsigned, Encoding.ASCII.GetBytes(issuer.MainKey.ExportSubjectPublicKeyInfoPem()));
            case "no serviceurl claim": claims.Remove("serviceurl"); return signed();
            case "serviceurl names another host": claims["serviceurl"] = "https://smba.trafficmanager.net/amer/"; return signed();
            case "Basic scheme": return signed().Replace("Bearer ", "Basic ", StringComparison.Ordinal);
            case "Entra token of another app":
            case "Entra token for a non-loopback serviceUrl":
                var entra = new Dictionary<string, object> { ["iss"] = EntraIssuer, ["aud"] = AppId, ["nbf"] = now, ["exp"] = now + 600, ["ver"] = "1.0",
                    ["appid"] = kind == "Entra token of another app" ? Guid.NewGuid().ToString() : AppId };
                return "Bearer " + Mint(entra, issuer.EntraKey);
            default: throw new ArgumentOutOfRangeException(nameof(kind));
        }
    }

    private async Task AssertNothingSentAsync(string conversationId)
    {
        var probe = TestActivities.Message(_connector.ServiceUrl);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Client.PostAsync(probe, "Bearer " + Mint(ChannelClaims(AppId, Service), fixture.Issuer.MainKey))).StatusCode);
        await _connector.WaitForAsync(probe.Conversation!.Id!, r => r.Count > 0);
        Assert.Empty(_connector.For(conversationId));
        Assert.DoesNotContain(_connector.For(string.Empty), r => r.Activity.Type == ActivityTypes.Message && r.Activity.Conversation?.Id == conversationId);
    }
}

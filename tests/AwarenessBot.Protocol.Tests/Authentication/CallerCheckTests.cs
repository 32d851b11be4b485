using AwarenessBot.Protocol.Authentication;
using AwarenessBot.Protocol.Hosting;
using AwarenessBot.Protocol.Models;
using Microsoft.IdentityModel.Tokens;

namespace AwarenessBot.Protocol.Tests.Authentication;

public sealed class CallerCheckTests
{
    private const string Service = "https://smba.trafficmanager.net/amer/";

    private static CallerVerdict Check(BotCaller caller, string serviceUrl = Service, string channel = "msteams", params string[] allowed)
    {
        var activity = new Activity { Type = ActivityTypes.Message, ChannelId = channel, ServiceUrl = serviceUrl };
        return CallerCheck.Check(caller, activity, ServiceUrls.Parse(serviceUrl)!, allowed);
    }

    [Fact]
    public void Check_MatchingClaimDifferentCase_Allowed() =>
        Assert.True(Check(new BotCaller(true, null, "HTTPS://SMBA.trafficmanager.net/amer/")).IsAllowed);

    [Fact]
    public void Check_KeyEndorsedForOtherChannels_Forbidden() =>
        Assert.Equal(403, Check(new BotCaller(true, new HashSet<string> { "webchat" }, Service)).StatusCode);

    [Fact]
    public void Check_KeyEndorsedForTheChannel_Allowed() =>
        Assert.True(Check(new BotCaller(true, new HashSet<string> { "msteams" }, Service)).IsAllowed);

    [Theory]
    [InlineData(true, null, Service)]
    [InlineData(true, "https://evil.example/", Service)]
    [InlineData(false, null, Service)]
    public void Check_ServiceUrlNotVouched_Unauthorized(bool fromChannel, string? claim, string serviceUrl) =>
        Assert.Equal(401, Check(new BotCaller(fromChannel, null, claim), serviceUrl).StatusCode);

    [Fact]
    public void Check_EntraTokenWithoutClaimOnLoopback_Allowed() =>
        Assert.True(Check(new BotCaller(false, null, null), "http://localhost:51234/", "emulator").IsAllowed);

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/", true)]
    [InlineData("https://webchat.botframework.com/", true)]
    [InlineData("https://evil.trafficmanager.net/", false)]
    [InlineData("https://botframework.com.evil.example/", false)]
    public void Check_AllowList_OnlyListedHosts(string serviceUrl, bool allowed)
    {
        var verdict = Check(new BotCaller(true, null, serviceUrl), serviceUrl, "msteams", "*.botframework.com", "smba.trafficmanager.net");

        Assert.Equal(allowed ? 0 : 403, verdict.StatusCode);
    }

    [Fact]
    public void ReadEndorsements_JwksKey_ReadsListOrNull()
    {
        var endorsed = JsonWebKey.Create("{\"kty\":\"RSA\",\"kid\":\"k\",\"n\":\"AQAB\",\"e\":\"AQAB\",\"endorsements\":[\"msteams\",\"webchat\"]}");
        var plain = JsonWebKey.Create("{\"kty\":\"RSA\",\"kid\":\"k\",\"n\":\"AQAB\",\"e\":\"AQAB\"}");

        Assert.Equal(["msteams", "webchat"], SigningKeyEndorsements.Read(endorsed)!.Order());
        Assert.Null(SigningKeyEndorsements.Read(plain));
    }
}

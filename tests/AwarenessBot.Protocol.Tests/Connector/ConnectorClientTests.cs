using System.Net;
using AwarenessBot.Protocol.Connector;

namespace AwarenessBot.Protocol.Tests.Connector;

public sealed class ConnectorClientTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/", "https://smba.trafficmanager.net/amer/v3/conversations/a%3A1x/activities/17")]
    [InlineData("https://smba.trafficmanager.net/amer", "https://smba.trafficmanager.net/amer/v3/conversations/a%3A1x/activities/17")]
    [InlineData("http://127.0.0.1:5000", "http://127.0.0.1:5000/v3/conversations/a%3A1x/activities/17")]
    public void ActivitiesUri_ServiceUrlWithOrWithoutSlash_OneSlashAndPathKept(string serviceUrl, string expected) =>
        Assert.Equal(expected, ConnectorClient.ActivitiesUri(new Uri(serviceUrl), "a:1x", "17").AbsoluteUri);

    [Fact]
    public void ActivitiesUri_TeamsIds_EncodedOnTheWire()
    {
        var uri = ConnectorClient.ActivitiesUri(new Uri("https://x.example/"), "19:ab@thread.tacv2;messageid=1", "f/b?c#d");

        Assert.Equal("/v3/conversations/19%3Aab%40thread.tacv2%3Bmessageid%3D1/activities/f%2Fb%3Fc%23d", uri.PathAndQuery);
    }

    [Fact]
    public void ActivitiesUri_NoReplyToId_SendRoute() =>
        Assert.Equal("https://x.example/v3/conversations/c1/activities", ConnectorClient.ActivitiesUri(new Uri("https://x.example/"), "c1", null).AbsoluteUri);

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests, true)]
    [InlineData(HttpStatusCode.PreconditionFailed, true)]
    [InlineData(HttpStatusCode.InternalServerError, true)]
    [InlineData(HttpStatusCode.BadGateway, true)]
    [InlineData(HttpStatusCode.ServiceUnavailable, true)]
    [InlineData(HttpStatusCode.GatewayTimeout, true)]
    [InlineData(HttpStatusCode.BadRequest, false)]
    [InlineData(HttpStatusCode.Unauthorized, false)]
    [InlineData(HttpStatusCode.Forbidden, false)]
    [InlineData(HttpStatusCode.NotFound, false)]
    [InlineData(HttpStatusCode.RequestEntityTooLarge, false)]
    [InlineData(HttpStatusCode.NotImplemented, false)]
    public void IsRetryable_Status_OnlyTransientAnswers(HttpStatusCode status, bool retry) =>
        Assert.Equal(retry, ConnectorResilience.IsRetryable(status));

    [Theory]
    [InlineData("https://api.botframework.com", "https://api.botframework.com/.default", "https://api.botframework.com")]
    [InlineData("https://api.botframework.com/", "https://api.botframework.com/.default", "https://api.botframework.com")]
    [InlineData("api://botid-x/.default", "api://botid-x/.default", "api://botid-x")]
    public void TokenProvider_OAuthScope_ScopeAndResource(string setting, string scope, string resource) =>
        Assert.Equal((scope, resource), (ConnectorTokenProvider.ScopeOf(setting), ConnectorTokenProvider.ResourceOf(setting)));
}

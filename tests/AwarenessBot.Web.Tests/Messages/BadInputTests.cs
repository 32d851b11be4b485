using System.Net;
using System.Text;
using AwarenessBot.Web.Tests.Fakes;

namespace AwarenessBot.Web.Tests.Messages;

public sealed class BadInputTests(AuthOffFixture fixture) : IClassFixture<AuthOffFixture>
{
    private readonly HttpClient _client = fixture.Client;

    public static TheoryData<string, string, string, HttpStatusCode> Bodies => new()
    {
        { "malformed JSON", "{not json", "application/json", HttpStatusCode.BadRequest },
        { "JSON null", "null", "application/json", HttpStatusCode.BadRequest },
        { "JSON array", "[1,2]", "application/json", HttpStatusCode.BadRequest },
        { "missing type", "{\"text\":\"hi\",\"serviceUrl\":\"http://127.0.0.1:9/\",\"conversation\":{\"id\":\"c\"}}", "application/json", HttpStatusCode.BadRequest },
        { "wrong field type", "{\"type\":\"message\",\"text\":{\"a\":1}}", "application/json", HttpStatusCode.BadRequest },
        { "no serviceUrl", "{\"type\":\"message\",\"conversation\":{\"id\":\"c\"}}", "application/json", HttpStatusCode.BadRequest },
        { "text/plain", "hello", "text/plain", HttpStatusCode.UnsupportedMediaType },
        { "form", "type=message", "application/x-www-form-urlencoded", HttpStatusCode.UnsupportedMediaType },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task PostMessages_BadBody_Returns4xxAndNextTurnWorks(string name, string body, string contentType, HttpStatusCode expected)
    {
        var response = await _client.PostRawAsync(body, contentType);

        Assert.True(expected == response.StatusCode, $"{name}: {response.StatusCode}");
        await AssertValidTurnWorksAsync();
    }

    [Fact]
    public async Task PostMessages_BodyOver256KB_Returns413AndSendsNothing()
    {
        var inbound = TestActivities.Message(fixture.Connector.ServiceUrl, new string('x', 300_000));

        var response = await _client.PostAsync(inbound);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await AssertValidTurnWorksAsync();
        Assert.Empty(fixture.Connector.For(inbound.Conversation!.Id!));
    }

    [Fact]
    public async Task PostMessages_ChunkedBodyOver256KB_Returns413()
    {
        var inbound = TestActivities.Message(fixture.Connector.ServiceUrl, new string('x', 300_000));
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(inbound))));
        content.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await AssertValidTurnWorksAsync();
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task RequestMessages_NotPost_Returns405WithAllowPost(string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "/api/messages");

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
        await AssertValidTurnWorksAsync();
    }

    private async Task AssertValidTurnWorksAsync()
    {
        var inbound = TestActivities.Message(fixture.Connector.ServiceUrl, "still there?");
        Assert.Equal(HttpStatusCode.OK, (await _client.PostAsync(inbound)).StatusCode);
        Assert.Single(await fixture.Connector.WaitForAsync(inbound.Conversation!.Id!, r => r.Count > 0));
    }
}

using System.Net;
using AwarenessBot.Web.Tests.Fakes;
using static AwarenessBot.Web.Tests.DirectLine.DirectLineTestExtensions;

namespace AwarenessBot.Web.Tests.DirectLine;

public sealed class DirectLineRefusalTests
{
    [Fact]
    public async Task GetActivities_TokenOfAnotherConversation_Returns403()
    {
        using var host = DirectLineApp();
        var mine = await host.PageTokenAsync();
        var theirs = await host.PageTokenAsync();

        using var read = await host.GetActivitiesAsync(theirs.ConversationId, mine.Token);
        using var post = await host.PostActivityAsync(theirs.ConversationId, mine.Token, UserMessage("hi"));

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-token")]
    [InlineData("tampered")]
    public async Task GetActivities_MissingOrBadToken_Returns403(string? kind)
    {
        using var host = DirectLineApp();
        var token = await host.PageTokenAsync();
        var sent = kind switch { null => null, "tampered" => token.Token[..^4] + "AAAA", _ => kind };

        using var response = await host.GetActivitiesAsync(token.ConversationId, sent);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Forbidden", await response.ErrorCodeAsync());
    }

    [Fact]
    public async Task GetActivities_ExpiredToken_Returns403TokenExpired()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        using var host = DirectLineApp(clock: clock);
        var token = await host.PageTokenAsync();
        clock.Advance(TimeSpan.FromSeconds(1800));

        using var response = await host.GetActivitiesAsync(token.ConversationId, token.Token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("TokenExpired", await response.ErrorCodeAsync());
    }

    [Fact]
    public async Task GetActivities_IdleConversation_Returns404()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        using var host = DirectLineApp(new() { ["DirectLine:ConversationIdleSeconds"] = "600" }, clock);
        var token = await host.PageTokenAsync();
        clock.Advance(TimeSpan.FromSeconds(601));

        using var response = await host.GetActivitiesAsync(token.ConversationId, token.Token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task PageToken_BeyondConversationCap_ForgetsLeastRecentlyUsed()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        using var host = DirectLineApp(new() { ["DirectLine:MaxConversations"] = "2" }, clock);
        var oldest = await host.PageTokenAsync();
        clock.Advance(TimeSpan.FromSeconds(1));
        var middle = await host.PageTokenAsync();
        clock.Advance(TimeSpan.FromSeconds(1));
        var newest = await host.PageTokenAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await host.GetActivitiesAsync(oldest.ConversationId, oldest.Token)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.GetActivitiesAsync(middle.ConversationId, middle.Token)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.GetActivitiesAsync(newest.ConversationId, newest.Token)).StatusCode);
    }

    [Fact]
    public async Task PostActivity_Oversized_Returns413()
    {
        using var host = DirectLineApp();
        var token = await host.PageTokenAsync();

        using var response = await host.PostActivityAsync(token.ConversationId, token.Token, UserMessage(new string('x', 262_144)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("MessageSizeTooBig", await response.ErrorCodeAsync());
    }

    [Theory]
    [InlineData("{\"type\":\"message\",\"text\":")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"text\":\"no type\"}")]
    public async Task PostActivity_MalformedOrTypeless_Returns400(string body)
    {
        using var host = DirectLineApp();
        var token = await host.PageTokenAsync();

        using var response = await host.PostRawAsync(token.ConversationId, token.Token, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task PostActivity_BotThrows_Returns502BotRejectedActivity()
    {
        using var host = DirectLineApp();
        var token = await host.PageTokenAsync();

        using var response = await host.PostActivityAsync(token.ConversationId, token.Token, UserMessage("please explode"));

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal("BotRejectedActivity", await response.ErrorCodeAsync());
    }

    [Fact]
    public async Task PageToken_Flood_Returns429()
    {
        using var host = DirectLineApp(new() { ["DirectLine:TokenRequestsPerMinute"] = "5" });
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < 8; i++)
        {
            using var response = await host.Http.PostAsync(new Uri("/api/directline/token", UriKind.Relative), null);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(3, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
    }
}

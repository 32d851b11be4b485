using System.Net;
using System.Net.Http.Json;
using AwarenessBot.Protocol.DirectLine;
using AwarenessBot.Protocol.Models;
using AwarenessBot.Web.Tests.Fakes;
using static AwarenessBot.Web.Tests.DirectLine.DirectLineTestExtensions;

namespace AwarenessBot.Web.Tests.DirectLine;

public sealed class DirectLineEndpointTests
{
    [Fact]
    public async Task PageToken_WithoutSecret_IssuesEmbeddedTokenAndDomain()
    {
        using var host = DirectLineApp();

        var token = await host.PageTokenAsync();

        Assert.False(string.IsNullOrEmpty(token.ConversationId));
        Assert.Equal(1800, token.ExpiresIn);
        Assert.Equal(new Uri(host.BaseAddress, "/v3/directline").ToString(), token.Domain);
    }

    [Fact]
    public async Task StartConversation_WithToken_Returns201AndStreamUrl()
    {
        using var host = DirectLineApp();
        var token = await host.PageTokenAsync();

        using var request = Request(HttpMethod.Post, "/v3/directline/conversations", token.Token);
        using var response = await host.Http.SendAsync(request);
        var started = await response.Content.ReadFromJsonAsync<DirectLineConversation>(ProtocolJson.Options);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(token.ConversationId, started!.ConversationId);
        Assert.StartsWith($"ws://{host.BaseAddress.Authority}/v3/directline/conversations/", started.StreamUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostActivity_Message_EchoesWithServerIdAndReplyCarriesReplyToId()
    {
        using var host = DirectLineApp();
        var token = await host.PageTokenAsync();

        using var posted = await host.PostActivityAsync(token.ConversationId, token.Token, UserMessage("hello there", "client-7"));
        var id = (await posted.Content.ReadFromJsonAsync<ResourceResponse>(ProtocolJson.Options))!.Id;
        var set = await (await host.GetActivitiesAsync(token.ConversationId, token.Token)).ReadSetAsync();

        var echo = Assert.Single(set.Activities, a => a.Id == id);
        Assert.Equal("client-7", echo.ChannelData!.Value.GetProperty("clientActivityID").GetString());
        Assert.NotNull(echo.Timestamp);
        Assert.Equal(Channels.WebChat, echo.ChannelId);
        var reply = Assert.Single(set.Activities, a => a.From?.Role == "bot");
        Assert.Equal(id, reply.ReplyToId);
        Assert.Equal("heard: hello there", reply.Text);
        Assert.True(reply.Timestamp > echo.Timestamp);
        Assert.DoesNotContain(set.Activities, a => a.Type == ActivityTypes.Typing);
    }

    [Fact]
    public async Task GetActivities_WithWatermark_ReturnsOnlyNewerActivities()
    {
        using var host = DirectLineApp();
        var token = await host.PageTokenAsync();
        (await host.PostActivityAsync(token.ConversationId, token.Token, UserMessage("first"))).Dispose();
        var first = await (await host.GetActivitiesAsync(token.ConversationId, token.Token)).ReadSetAsync();

        (await host.PostActivityAsync(token.ConversationId, token.Token, UserMessage("second", "client-2"))).Dispose();
        var next = await (await host.GetActivitiesAsync(token.ConversationId, token.Token, first.Watermark)).ReadSetAsync();

        Assert.Equal(["second", "heard: second"], next.Activities.Select(a => a.Text));
    }

    [Fact]
    public async Task RefreshToken_ValidToken_GivesNewTokenForSameConversation()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        using var host = DirectLineApp(clock: clock);
        var token = await host.PageTokenAsync();
        clock.Advance(TimeSpan.FromMinutes(20));

        using var request = Request(HttpMethod.Post, "/v3/directline/tokens/refresh", token.Token);
        using var response = await host.Http.SendAsync(request);
        var refreshed = (await response.Content.ReadFromJsonAsync<DirectLineToken>(ProtocolJson.Options))!;
        clock.Advance(TimeSpan.FromMinutes(20));

        Assert.Equal(token.ConversationId, refreshed.ConversationId);
        Assert.Equal(HttpStatusCode.OK, (await host.GetActivitiesAsync(token.ConversationId, refreshed.Token)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.GetActivitiesAsync(token.ConversationId, token.Token)).StatusCode);
    }

    [Fact]
    public async Task GenerateToken_WithUser_BindsPostsToThatUser()
    {
        using var host = DirectLineApp();
        using var generate = await host.Http.PostAsJsonAsync("/v3/directline/tokens/generate", new { user = new { id = "dl_bound" } });
        var token = (await generate.Content.ReadFromJsonAsync<DirectLineToken>(ProtocolJson.Options))!;

        (await host.PostActivityAsync(token.ConversationId, token.Token, UserMessage("who am i"))).Dispose();
        var set = await (await host.GetActivitiesAsync(token.ConversationId, token.Token)).ReadSetAsync();

        Assert.Equal("dl_bound", set.Activities[0].From!.Id);
    }

    [Fact]
    public async Task Conversation_ManyActivities_KeepsOnlyTheNewest()
    {
        using var host = DirectLineApp(new() { ["DirectLine:MaxActivitiesPerConversation"] = "10" });
        var token = await host.PageTokenAsync();
        for (var i = 0; i < 8; i++)
        {
            (await host.PostActivityAsync(token.ConversationId, token.Token, UserMessage($"message {i}", $"c{i}"))).Dispose();
        }

        var set = await (await host.GetActivitiesAsync(token.ConversationId, token.Token)).ReadSetAsync();

        Assert.Equal(10, set.Activities.Count);
        Assert.Equal("heard: message 7", set.Activities[^1].Text);
    }
}

using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json;
using AwarenessBot.Protocol.DirectLine;
using AwarenessBot.Protocol.Models;
using static AwarenessBot.Web.Tests.DirectLine.DirectLineTestExtensions;

namespace AwarenessBot.Web.Tests.DirectLine;

public sealed class DirectLineStreamTests
{
    [Fact]
    public async Task StreamUrl_AfterPost_DeliversEchoTypingAndReply()
    {
        using var host = DirectLineApp();
        var token = await host.PageTokenAsync();
        using var start = Request(HttpMethod.Post, "/v3/directline/conversations", token.Token);
        var started = (await (await host.Http.SendAsync(start)).Content.ReadFromJsonAsync<DirectLineConversation>(ProtocolJson.Options))!;
        using var socket = new ClientWebSocket();
        using var cut = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await socket.ConnectAsync(new Uri(started.StreamUrl), cut.Token);

        (await host.PostActivityAsync(token.ConversationId, token.Token, UserMessage("over the socket"))).Dispose();
        var received = new List<Activity>();
        while (!received.Any(a => a.Text == "heard: over the socket"))
        {
            received.AddRange((await ReceiveSetAsync(socket, cut.Token))?.Activities ?? []);
        }

        Assert.Equal([ActivityTypes.Message, ActivityTypes.Typing, ActivityTypes.Message], received.Select(a => a.Type));
        Assert.Equal("client-1", received[0].ChannelData!.Value.GetProperty("clientActivityID").GetString());
        Assert.Equal(received[0].Id, received[2].ReplyToId);
    }

    [Fact]
    public async Task StreamUrl_WithTokenOfAnotherConversation_IsRefused()
    {
        using var host = DirectLineApp();
        var mine = await host.PageTokenAsync();
        var theirs = await host.PageTokenAsync();
        using var socket = new ClientWebSocket();
        var url = new Uri($"ws://{host.BaseAddress.Authority}/v3/directline/conversations/{theirs.ConversationId}/stream?t={Uri.EscapeDataString(mine.Token)}");

        var error = await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(url, CancellationToken.None));

        Assert.Contains("403", error.Message, StringComparison.Ordinal);
    }

    // One frame: an ActivitySet, or null for an empty keep-alive.
    private static async Task<ActivitySet?> ReceiveSetAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        using var frame = new MemoryStream();
        var buffer = new byte[8192];
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, cancellationToken);
            frame.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        return frame.Length == 0 ? null : JsonSerializer.Deserialize<ActivitySet>(frame.ToArray(), ProtocolJson.Options);
    }
}

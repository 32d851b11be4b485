using System.Globalization;
using System.Net.WebSockets;
using System.Text.Json;
using System.Threading.Channels;
using AwarenessBot.Protocol.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AwarenessBot.Protocol.DirectLine;

/// <summary>
/// The WebSocket <c>streamUrl</c>: each new activity as an <see cref="ActivitySet"/> frame, typing
/// included, and an empty frame as a keep-alive when nothing happened for a while.
/// </summary>
internal static class DirectLineStream
{
    public static async Task<IResult> Accept(
        HttpContext context, string conversationId, string? t, string? watermark, DirectLineAuth auth,
        IOptions<DirectLineOptions> options, TimeProvider time, ILogger<DirectLineTurns> logger)
    {
        if (auth.Authorize(t, conversationId, out _, out var conversation) is { } error)
        {
            return error;
        }

        if (!context.WebSockets.IsWebSocketRequest)
        {
            return DirectLineErrors.BadArgument("The stream URL takes a WebSocket request.");
        }

        // PROTOCOL NOTE: a stream opened without a watermark starts from the beginning of the conversation, so
        // nothing posted before the socket connected is lost (clients post as soon as the conversation starts,
        // often before the socket is open). Subscribe before the handshake completes: whatever happens once the
        // client sees its socket open (typing indicators travel only over sockets) is then already queued for it,
        // after the backlog taken at the same instant.
        _ = long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var from);
        var (subscription, missed) = conversation.Subscribe(from);
        using var closed = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        try
        {
            using var socket = await context.WebSockets.AcceptWebSocketAsync();
            if (missed.Activities.Count > 0)
            {
                await SendAsync(socket, missed, closed.Token);
            }

            var receiving = DrainAsync(socket, closed);
            await PumpAsync(socket, conversation, subscription, TimeSpan.FromSeconds(options.Value.KeepAliveSeconds), time, closed.Token);
            await closed.CancelAsync();
            await receiving;
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // The client went away or the conversation was forgotten: nothing left to send.
        }
        finally
        {
            conversation.Unsubscribe(subscription);
            DirectLineLog.StreamClosed(logger);
        }

        return TypedResults.Empty;
    }

    private static async Task PumpAsync(WebSocket socket, Conversation conversation, Channel<Activity> subscription,
        TimeSpan keepAlive, TimeProvider time, CancellationToken cancellationToken)
    {
        while (socket.State == WebSocketState.Open)
        {
            using var idle = new CancellationTokenSource(keepAlive, time);
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(idle.Token, cancellationToken);
            bool more;
            try
            {
                more = await subscription.Reader.WaitToReadAsync(wait.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                await socket.SendAsync(ReadOnlyMemory<byte>.Empty, WebSocketMessageType.Text, true, cancellationToken);
                continue;
            }

            if (!more)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "conversation ended", cancellationToken);
                return;
            }

            var batch = new List<Activity>();
            while (subscription.Reader.TryRead(out var activity))
            {
                batch.Add(activity);
            }

            if (batch.Count > 0)
            {
                await SendAsync(socket, new ActivitySet(batch, conversation.Watermark), cancellationToken);
            }
        }
    }

    private static Task SendAsync(WebSocket socket, ActivitySet set, CancellationToken cancellationToken) =>
        socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(set, ProtocolJson.Options), WebSocketMessageType.Text, true, cancellationToken);

    // Direct Line's stream is one-way; reading only notices the client's close (and discards anything else).
    private static async Task DrainAsync(WebSocket socket, CancellationTokenSource closed)
    {
        var buffer = new byte[1024];
        try
        {
            while (!closed.IsCancellationRequested)
            {
                var result = await socket.ReceiveAsync(buffer, closed.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // Closed either way.
        }

        await closed.CancelAsync();
    }
}

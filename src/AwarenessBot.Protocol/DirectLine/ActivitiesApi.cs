using System.Globalization;
using System.Text.Json;
using AwarenessBot.Protocol.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AwarenessBot.Protocol.DirectLine;

/// <summary><c>conversations/{id}/activities</c>: post a user's activity (runs a turn), or poll from a watermark.</summary>
internal static class ActivitiesApi
{
    public static Results<Ok<ActivitySet>, JsonHttpResult<DirectLineError>> Get(
        HttpRequest request, string conversationId, string? watermark, DirectLineAuth auth)
    {
        if (auth.Authorize(DirectLineAuth.BearerToken(request), conversationId, out _, out var conversation) is { } error)
        {
            return error;
        }

        // A missing or unreadable watermark means "from the start", as in Direct Line.
        _ = long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var from);
        return TypedResults.Ok(conversation.Since(from));
    }

    public static async Task<Results<Ok<ResourceResponse>, JsonHttpResult<DirectLineError>>> Post(
        HttpRequest request, string conversationId, DirectLineAuth auth, DirectLineTurns turns, CancellationToken cancellationToken)
    {
        if (auth.Authorize(DirectLineAuth.BearerToken(request), conversationId, out var claims, out var conversation) is { } error)
        {
            return error;
        }

        var max = turns.MaxActivityBytes;
        if (request.ContentLength > max)
        {
            return DirectLineErrors.TooBig(max);
        }

        var body = await ReadBoundedAsync(request.Body, max, cancellationToken);
        if (body is null)
        {
            return DirectLineErrors.TooBig(max);
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body, ProtocolJson.Options);
        }
        catch (JsonException)
        {
            return DirectLineErrors.BadArgument("The body is not a valid activity.");
        }

        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
        {
            return DirectLineErrors.BadArgument("An activity needs a type.");
        }

        var id = await turns.RunAsync(conversation, claims, activity, DirectLineApi.Domain(request), cancellationToken);
        return id is null ? DirectLineErrors.BotRejected() : TypedResults.Ok(new ResourceResponse(id));
    }

    /// <summary>The body, or null when it is longer than <paramref name="max"/> bytes.</summary>
    private static async Task<byte[]?> ReadBoundedAsync(Stream body, int max, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > max)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}

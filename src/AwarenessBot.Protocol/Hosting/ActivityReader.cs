using System.Buffers;
using System.Text.Json;
using AwarenessBot.Protocol.Models;
using Microsoft.AspNetCore.Http;

namespace AwarenessBot.Protocol.Hosting;

/// <summary>Reads the request body into an activity, bounded in size; bad input is a value, never an exception.</summary>
internal static class ActivityReader
{
    /// <summary>Direct Line and Facebook refuse payloads over 262,144 bytes; so do we.</summary>
    public const int MaxBodyBytes = 262_144;

    public readonly record struct ReadResult(Activity? Activity, int StatusCode, string? Problem);

    public static async Task<ReadResult> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return new(null, StatusCodes.Status413PayloadTooLarge, "The activity is larger than 262,144 bytes.");
        }
        using var body = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (body.Length + read > MaxBodyBytes)
                {
                    return new(null, StatusCodes.Status413PayloadTooLarge, "The activity is larger than 262,144 bytes.");
                }
                body.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException)
        {
            return new(null, StatusCodes.Status400BadRequest, "The request body could not be read.");
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        return Parse(body.GetBuffer().AsSpan(0, (int)body.Length));
    }

    internal static ReadResult Parse(ReadOnlySpan<byte> json)
    {
        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(json, ProtocolJson.Options);
        }
        catch (JsonException)
        {
            // The exception text may quote the input: it is not logged.
            return new(null, StatusCodes.Status400BadRequest, "The body is not a readable activity.");
        }
        return activity?.Type is { Length: > 0 }
            ? new(activity, StatusCodes.Status200OK, null)
            : new(null, StatusCodes.Status400BadRequest, "The activity has no type.");
    }
}

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
        // One pooled buffer sized from Content-Length when it is given (channels send it), grown by doubling
        // otherwise: no per-request copies of the body on the way to the parser.
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Clamp(request.ContentLength ?? 4096, 256, MaxBodyBytes) + 1);
        var length = 0;
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
            {
                length += read;
                if (length > MaxBodyBytes)
                {
                    return new(null, StatusCodes.Status413PayloadTooLarge, "The activity is larger than 262,144 bytes.");
                }
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, MaxBodyBytes + 1));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
            }
            return Parse(buffer.AsSpan(0, length));
        }
        catch (BadHttpRequestException)
        {
            return new(null, StatusCodes.Status400BadRequest, "The request body could not be read.");
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
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

using AwarenessBot.Protocol.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AwarenessBot.Protocol.DirectLine;

/// <summary>Direct Line error answers: a status and <c>{"error":{"code","message"}}</c>.</summary>
internal static class DirectLineErrors
{
    public static JsonHttpResult<DirectLineError> Error(int status, string code, string message) =>
        TypedResults.Json(new DirectLineError(new DirectLineErrorDetail(code, message)), ProtocolJson.Options, statusCode: status);

    public static JsonHttpResult<DirectLineError> NotFound() =>
        Error(StatusCodes.Status404NotFound, "BadArgument", "Conversation not found or expired.");

    public static JsonHttpResult<DirectLineError> Forbidden(string message) =>
        Error(StatusCodes.Status403Forbidden, "Forbidden", message);

    public static JsonHttpResult<DirectLineError> Expired() =>
        Error(StatusCodes.Status403Forbidden, "TokenExpired", "Token expired.");

    public static JsonHttpResult<DirectLineError> BadArgument(string message) =>
        Error(StatusCodes.Status400BadRequest, "BadArgument", message);

    public static JsonHttpResult<DirectLineError> TooBig(int max) =>
        Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", $"Activities are limited to {max} bytes.");

    public static JsonHttpResult<DirectLineError> BotRejected() =>
        Error(StatusCodes.Status502BadGateway, "BotRejectedActivity", "The bot could not process the activity.");
}

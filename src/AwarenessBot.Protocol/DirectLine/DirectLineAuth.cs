using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AwarenessBot.Protocol.DirectLine;

/// <summary>Checks a request's token and its binding to the conversation it names.</summary>
internal sealed class DirectLineAuth(DirectLineTokens tokens, ConversationStore store)
{
    public static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : null;
    }

    /// <summary>The token's claims, or the error to answer: 403 bad/expired/other conversation, 404 unknown.</summary>
    public JsonHttpResult<DirectLineError>? Authorize(string? token, string? conversationId, out TokenClaims claims, out Conversation conversation)
    {
        claims = null!;
        conversation = null!;
        switch (tokens.Check(token, out var checkedClaims))
        {
            case TokenCheck.Expired:
                return DirectLineErrors.Expired();
            case TokenCheck.Invalid:
                return DirectLineErrors.Forbidden("Missing or invalid token.");
        }

        claims = checkedClaims!;
        if (conversationId is not null && !string.Equals(conversationId, claims.ConversationId, StringComparison.Ordinal))
        {
            return DirectLineErrors.Forbidden("The token is not valid for this conversation.");
        }

        var found = store.Find(claims.ConversationId);
        if (found is null)
        {
            return DirectLineErrors.NotFound();
        }

        conversation = found;
        return null;
    }
}

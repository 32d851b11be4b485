namespace AwarenessBot.Conversation.Turns;

/// <summary>Every turn ends in exactly one route (design.md). Wire names are lower-case.</summary>
public enum Route
{
    Emergency,
    Answer,
    Clarify,
    SmallTalk,
    Fallback,
}

public static class RouteNames
{
    public static string ToWire(this Route route) => route switch
    {
        Route.Emergency => "emergency",
        Route.Answer => "answer",
        Route.Clarify => "clarify",
        Route.SmallTalk => "smalltalk",
        _ => "fallback",
    };
}

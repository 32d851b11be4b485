namespace AwarenessBot.Knowledge;

/// <summary>Whether a problem stops the bot from starting.</summary>
public enum ProblemSeverity
{
    Error,
    Warning,
}

/// <summary>A problem found in the knowledge folder, printed as <c>file:line: problem</c>.</summary>
public sealed record KnowledgeProblem(string File, int Line, string Message, ProblemSeverity Severity = ProblemSeverity.Error)
{
    public override string ToString() =>
        Severity == ProblemSeverity.Warning ? $"{File}:{Line}: warning: {Message}" : $"{File}:{Line}: {Message}";
}

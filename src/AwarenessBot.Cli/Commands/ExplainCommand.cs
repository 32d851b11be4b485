using AwarenessBot.Conversation.Safety;
using AwarenessBot.Knowledge;

namespace AwarenessBot.Cli.Commands;

/// <summary>
/// `explain`: what the safety triage sees in a message (the normalised text, every group that matches, the verdict),
/// for whoever edits the lexicon. The message comes from the arguments, or one per input line.
/// </summary>
internal static class ExplainCommand
{
    public static async Task<int> RunAsync(CliOptions options, TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        var directory = BotSession.KnowledgeDirectory(options);
        var (catalog, problems) = SafetyCatalog.LoadForEditing(directory, DateTimeOffset.UtcNow);
        foreach (var problem in problems.Where(p => p.Severity == ProblemSeverity.Error))
        {
            await output.WriteLineAsync(problem.ToString()).ConfigureAwait(false);
        }

        if (catalog is null)
        {
            return CliApp.Failed;
        }

        if (options.Files.Count > 0)
        {
            await WriteAsync(catalog.Explain(string.Join(' ', options.Files)), output).ConfigureAwait(false);
            return CliApp.Ok;
        }

        while (await input.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            if (line.Length > 0)
            {
                await WriteAsync(catalog.Explain(line), output).ConfigureAwait(false);
            }
        }

        return CliApp.Ok;
    }

    private static async Task WriteAsync(TriageExplanation explanation, TextWriter output)
    {
        var verdict = explanation.IsEmergency
            ? $"emergency ({explanation.Situations})"
            : (explanation.IsAwarenessQuestion ? "not an emergency (reads as an awareness question)" : "not an emergency")
                + (explanation.IsConcern ? "; a fallback points to the hotline first (concern)" : "");
        await output.WriteLineAsync($"normalised: {explanation.Normalized}").ConfigureAwait(false);
        await output.WriteLineAsync($"  groups:   {(explanation.Groups.Count == 0 ? "none" : string.Join(", ", explanation.Groups))}").ConfigureAwait(false);
        await output.WriteLineAsync($"  verdict:  {verdict}").ConfigureAwait(false);
    }
}

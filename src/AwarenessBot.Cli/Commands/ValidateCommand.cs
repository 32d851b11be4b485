using AwarenessBot.Conversation.Hosting;
using AwarenessBot.Knowledge;

namespace AwarenessBot.Cli.Commands;

/// <summary>`validate`: every knowledge and safety problem as `file:line: problem`; non-zero exit on any error.</summary>
internal static class ValidateCommand
{
    public static int Run(CliOptions options, TextWriter output)
    {
        var directory = BotSession.KnowledgeDirectory(options);
        var (_, _, problems) = BotKnowledge.Validate(directory, DateTimeOffset.UtcNow);
        foreach (var problem in problems)
        {
            output.WriteLine(problem.ToString());
        }

        var errors = problems.Count(p => p.Severity == ProblemSeverity.Error);
        var warnings = problems.Count - errors;
        output.WriteLine($"{directory}: {errors} error(s), {warnings} warning(s)");
        return errors > 0 ? CliApp.Failed : CliApp.Ok;
    }
}

using AwarenessBot.Cli.Commands;
using AwarenessBot.Cli.TeamsPackage;
using AwarenessBot.Conversation.Hosting;

namespace AwarenessBot.Cli;

/// <summary>The `awarenessbot` command: dispatches to chat, ask, validate, eval, explain and teams-package.</summary>
internal static class CliApp
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Usage = 2;

    private const string Help = """
        usage: awarenessbot <command> [options]
          chat     [--channel webchat|msteams|facebook] [--locale en-US] [--knowledge DIR]
          ask      --json [--channel …] [--locale …] [--knowledge DIR]   one message per input line
          validate [--knowledge DIR]                                     file:line: problem; non-zero on errors
          eval     FILE… [--channel …] [--locale …] [--knowledge DIR]    runs evaluation sets (.tsv)
          explain  [MESSAGE…] [--knowledge DIR]                          what safety triage sees (or one message per input line)
          teams-package --app-id GUID --out FILE.zip
        """;

    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            await error.WriteLineAsync(Help).ConfigureAwait(false);
            return args.Length == 0 ? Usage : Ok;
        }

        if (args[0] == "teams-package")
        {
            return await TeamsPackageCommand.RunAsync(args[1..], output, error, cancellationToken).ConfigureAwait(false);
        }

        if (!CliOptions.TryParse(args[1..], out var options, out var problem))
        {
            await error.WriteLineAsync($"awarenessbot {args[0]}: {problem}").ConfigureAwait(false);
            return Usage;
        }

        try
        {
            return args[0] switch
            {
                "chat" => await ChatCommand.RunAsync(options, input, output, cancellationToken).ConfigureAwait(false),
                "ask" => await AskCommand.RunAsync(options, input, output, error, cancellationToken).ConfigureAwait(false),
                "validate" => ValidateCommand.Run(options, output),
                "eval" => await EvalCommand.RunAsync(options, output, error, cancellationToken).ConfigureAwait(false),
                "explain" => await ExplainCommand.RunAsync(options, input, output, cancellationToken).ConfigureAwait(false),
                _ => await UnknownAsync(args[0], error).ConfigureAwait(false),
            };
        }
        catch (KnowledgeLoadException ex)
        {
            await error.WriteLineAsync(ex.Message).ConfigureAwait(false);
            return Failed;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Failed;
        }
#pragma warning disable CA1031 // A console command reports any other fault in one line instead of a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            await error.WriteLineAsync($"awarenessbot {args[0]}: {ex.GetType().Name}: {ex.Message}").ConfigureAwait(false);
            return Failed;
        }
    }

    private static async Task<int> UnknownAsync(string command, TextWriter error)
    {
        await error.WriteLineAsync($"unknown command '{command}'{Environment.NewLine}{Help}").ConfigureAwait(false);
        return Usage;
    }
}

using System.Globalization;
using AwarenessBot.Conversation.Turns;

namespace AwarenessBot.Cli.Commands;

/// <summary>`eval FILE…`: runs evaluation sets through the same pipeline as `ask`, prints every failure,
/// per-set figures and a last line `N passed, N failed`; non-zero exit on any failure.</summary>
internal static class EvalCommand
{
    public static async Task<int> RunAsync(CliOptions options, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (options.Files.Count == 0)
        {
            await error.WriteLineAsync("awarenessbot eval: give one or more evaluation files (.tsv)").ConfigureAwait(false);
            return CliApp.Usage;
        }

        var sets = new List<(string Path, List<EvalRow> Rows)>();
        foreach (var path in options.Files)
        {
            if (!File.Exists(path))
            {
                await error.WriteLineAsync($"awarenessbot eval: {path}: file not found").ConfigureAwait(false);
                return CliApp.Usage;
            }

            var (rows, problems) = EvalSet.Read(path);
            foreach (var problem in problems)
            {
                await error.WriteLineAsync(problem).ConfigureAwait(false);
            }

            if (problems.Count > 0)
            {
                return CliApp.Usage;
            }

            sets.Add((path, rows));
        }

        await using var session = BotSession.Start(options);
        int passed = 0, failed = 0;
        var summaries = new List<string>();
        foreach (var (path, rows) in sets)
        {
            var figures = new EvalFigures();
            foreach (var row in rows)
            {
                var result = await session.AskAsync(row.Message, BotSession.NewConversationId(), cancellationToken).ConfigureAwait(false);
                var line = AskCommand.ToLine(row.Message, result);
                var failure = Check(row, line);
                figures.Add(row, line, failure is null);
                if (failure is null)
                {
                    passed++;
                    continue;
                }

                failed++;
                await output.WriteLineAsync(
                    $"FAIL {row.File}:{row.Line}: {failure}: got {line.Route}{(line.EntryId is null ? "" : " " + line.EntryId)} " +
                    $"({line.Confidence.ToString("0.000", CultureInfo.InvariantCulture)}) for \"{row.Message}\" → {Excerpt(line.Text)}").ConfigureAwait(false);
            }

            summaries.Add($"{Path.GetFileName(path)}: {rows.Count} rows; {figures}");
        }

        foreach (var summary in summaries)
        {
            await output.WriteLineAsync(summary).ConfigureAwait(false);
        }

        await output.WriteLineAsync($"{passed} passed, {failed} failed").ConfigureAwait(false);
        return failed > 0 ? CliApp.Failed : CliApp.Ok;
    }

    /// <summary>Why the row fails, or null when it passes.</summary>
    internal static string? Check(EvalRow row, AskLine line)
    {
        var routeOk = row.Expect switch
        {
            "emergency" => line.Route == Route.Emergency.ToWire(),
            "not-emergency" => line.Route != Route.Emergency.ToWire(),
            "answer" => line.Route == Route.Answer.ToWire(),
            "fallback" => line.Route == Route.Fallback.ToWire() || line.Route == Route.SmallTalk.ToWire(),
            _ => true,
        };
        if (!routeOk)
        {
            return $"expected {row.Expect}";
        }

        if (row.EntryId is not null && !string.Equals(row.EntryId, line.EntryId, StringComparison.Ordinal))
        {
            return $"expected entry {row.EntryId}";
        }

        return row.Pattern is null || row.Pattern.IsMatch(line.Text) ? null : $"text does not match /{row.Pattern}/";
    }

    private static string Excerpt(string text) => text.Length <= 160 ? text : text[..160] + "…";
}

using System.Text.Encodings.Web;
using System.Text.Json;
using AwarenessBot.Conversation.Turns;

namespace AwarenessBot.Cli.Commands;

/// <summary>`ask --json`: one input line = one new conversation = one JSON object per output line (design.md).</summary>
internal static class AskCommand
{
    // The contract keeps entryId as an explicit null, so nulls are written, not omitted.
    // Relaxed escaping keeps apostrophes and non-ASCII readable; the output is never embedded in HTML.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task<int> RunAsync(CliOptions options, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!options.Json)
        {
            await error.WriteLineAsync("awarenessbot ask: only --json output is supported (use `chat` to talk)").ConfigureAwait(false);
            return CliApp.Usage;
        }

        await using var session = BotSession.Start(options);
        while (await input.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } raw)
        {
            // Input piped from Windows tools may end lines with CR LF.
            var line = raw.TrimEnd('\r');
            var result = await session.AskAsync(line, BotSession.NewConversationId(), cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync(JsonSerializer.Serialize(ToLine(line, result), Json)).ConfigureAwait(false);
            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        return CliApp.Ok;
    }

    internal static AskLine ToLine(string input, TurnResult result)
    {
        var route = result.Reply?.Route ?? Route.Fallback;
        return new AskLine(
            input,
            route.ToWire(),
            route == Route.Answer ? result.Reply?.EntryId : null,
            Math.Round(result.Reply?.Confidence ?? 0, 3),
            ActivityText.Flatten(result.Activities));
    }
}

/// <summary>One `ask --json` output line: {"input","route","entryId","confidence","text"}.</summary>
internal sealed record AskLine(string Input, string Route, string? EntryId, double Confidence, string Text);

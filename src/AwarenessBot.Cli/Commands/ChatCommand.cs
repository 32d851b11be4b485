using AwarenessBot.Protocol.Models;

namespace AwarenessBot.Cli.Commands;

/// <summary>`chat`: talk to the bot in a terminal; a number picks one of the buttons just shown.</summary>
internal static class ChatCommand
{
    public static async Task<int> RunAsync(CliOptions options, TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        await using var session = BotSession.Start(options);
        var conversationId = BotSession.NewConversationId();
        await output.WriteLineAsync($"AwarenessBot on {options.Channel} ({options.Locale}). Type a question; Ctrl+D to leave.").ConfigureAwait(false);
        var buttons = new List<CardAction>();
        while (true)
        {
            await output.WriteAsync("> ").ConfigureAwait(false);
            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
            if (await input.ReadLineAsync(cancellationToken).ConfigureAwait(false) is not { } line)
            {
                return CliApp.Ok;
            }

            var (text, value) = Pick(line, buttons);
            var result = await session.AskAsync(text, conversationId, cancellationToken, value).ConfigureAwait(false);
            buttons = [];
            foreach (var activity in result.Activities)
            {
                foreach (var (part, isButton) in ActivityText.Parts(activity))
                {
                    await output.WriteLineAsync(isButton ? $"  [{buttons.Count + 1}] {part}" : part).ConfigureAwait(false);
                    if (isButton)
                    {
                        buttons.Add(FindAction(activity, part));
                    }
                }
            }
        }
    }

    // "2" presses the second button: its text goes as the message and its value (an entry id) with it.
    private static (string Text, object? Value) Pick(string line, List<CardAction> buttons)
    {
        if (int.TryParse(line.Trim(), out var n) && n >= 1 && n <= buttons.Count)
        {
            var action = buttons[n - 1];
            return (action.Text ?? action.Value as string ?? action.Title ?? line, action.Type == ActionTypes.MessageBack ? action.Value : null);
        }

        return (line, null);
    }

    private static CardAction FindAction(Activity activity, string title) =>
        (activity.SuggestedActions?.Actions ?? [])
            .Concat((activity.Attachments ?? []).Select(a => a.Content).OfType<HeroCard>().SelectMany(c => c.Buttons ?? []))
            .First(a => (a.Title ?? string.Empty) == title);
}

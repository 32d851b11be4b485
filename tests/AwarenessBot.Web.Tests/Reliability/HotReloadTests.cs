using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AwarenessBot.Web.Tests.Reliability;

/// <summary>Editing knowledge/ while the bot runs: valid edits are served, broken ones are refused and logged.</summary>
public sealed class HotReloadTests : IDisposable
{
    private const int Reloaded = 3113;
    private const int Rejected = 3114;
    private const int Refused = 3115;
    private static readonly string Entry = Path.Combine("entries", "how-to-help.md");

    private readonly KnowledgeCopy _knowledge = new();
    private readonly EventLog _log = new();
    private readonly BotApplication _app;

    public HotReloadTests() => _app = new BotApplication(
        new Dictionary<string, string?>
        {
            ["AwarenessBot:Knowledge"] = _knowledge.Directory,
            ["AwarenessBot:HotReloadDebounce"] = "00:00:00.200",
        },
        services => services.AddSingleton<ILoggerProvider>(_log));

    public void Dispose()
    {
        _app.Dispose();
        _knowledge.Dispose();
    }

    [Fact]
    public async Task EditAnswer_WhileServing_NewAnswerServedAndNoTurnDropped()
    {
        var client = _app.Http;
        var (title, body) = ReadEntry();
        var before = await client.AskAsync(title);
        var added = "Edited while running " + Guid.NewGuid().ToString("N");

        using var stop = new CancellationTokenSource();
        var during = AskUntilAsync(client, title, stop.Token);
        WriteEntry(body.Replace("\n---\n", $"\n---\n{added}\n\n", StringComparison.Ordinal));
        await _log.WaitForAsync(Reloaded);
        await stop.CancelAsync();
        var turns = await during;
        var after = await client.AskAsync(title);

        Assert.DoesNotContain(added, before.Text, StringComparison.Ordinal);
        Assert.Contains(added, after.Text, StringComparison.Ordinal);
        Assert.NotEmpty(turns);
        Assert.All(turns, t => Assert.Equal(HttpStatusCode.OK, t.Status));
        Assert.All(turns, t => Assert.False(t.IsEmergency, "a turn during the swap fell back to the fail-safe reply"));
    }

    [Fact]
    public async Task BrokenEdit_WhileServing_OldAnswerKeptAndLogNamesFileAndLine()
    {
        var client = _app.Http;
        var (title, body) = ReadEntry();
        var before = await client.AskAsync(title);

        WriteEntry(body.Replace("title: ", "title: [", StringComparison.Ordinal));
        var refusal = await _log.WaitForAsync(Refused);
        var after = await client.AskAsync(title);

        Assert.Equal(before.Text, after.Text);
        Assert.Contains("generation 1", refusal, StringComparison.Ordinal);
        Assert.Contains(_log.Entries, e => e.EventId == Rejected && e.Message.Contains("how-to-help.md:", StringComparison.Ordinal));
        Assert.DoesNotContain(_log.Entries, e => e.EventId == Reloaded);
    }

    [Fact]
    public async Task HotReloadOff_Start_FolderNotWatched()
    {
        using var knowledge = new KnowledgeCopy();
        var log = new EventLog();
        await using var app = new BotApplication(
            new Dictionary<string, string?> { ["AwarenessBot:Knowledge"] = knowledge.Directory, ["AwarenessBot:HotReload"] = "false" },
            services => services.AddSingleton<ILoggerProvider>(log));

        var client = app.Http;
        var answer = await client.AskAsync("hello");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Contains(log.Entries, e => e.EventId == 3102);
        Assert.DoesNotContain(log.Entries, e => e.EventId is 3111 or 3112);
    }

    private (string Title, string Body) ReadEntry()
    {
        var body = File.ReadAllText(_knowledge.PathOf(Entry)).ReplaceLineEndings("\n");
        var title = body.Split('\n').First(l => l.StartsWith("title: ", StringComparison.Ordinal))["title: ".Length..];
        return (title, body);
    }

    private void WriteEntry(string body) => File.WriteAllText(_knowledge.PathOf(Entry), body);

    private static async Task<List<TurnAnswer>> AskUntilAsync(HttpClient client, string text, CancellationToken stop)
    {
        var answers = new List<TurnAnswer>();
        while (!stop.IsCancellationRequested)
        {
            answers.Add(await client.AskAsync(text));
        }

        return answers;
    }
}

using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AwarenessBot.Conversation.Hosting;

/// <summary>
/// Hot reload: watches the knowledge folder and, once edits have been quiet for the debounce time,
/// rebuilds and validates knowledge and safety data and swaps them in. An invalid edit keeps what is
/// served and logs every <c>file:line: problem</c>.
/// </summary>
internal sealed class KnowledgeReloader(
    KnowledgeHolder holder, IOptions<AwarenessBotOptions> options, TimeProvider time, ILogger<KnowledgeReloader> logger)
    : IHostedService, IDisposable
{
    private readonly SemaphoreSlim _reloading = new(1, 1);
    private FileSystemWatcher? _watcher;
    private ITimer? _debounce;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.HotReload)
        {
            return Task.CompletedTask;
        }

        var directory = holder.Current.Knowledge.Directory;
        _debounce = time.CreateTimer(_ => _ = ReloadAsync(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        try
        {
            _watcher = new FileSystemWatcher(directory)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            _watcher.Changed += OnChanged;
            _watcher.Created += OnChanged;
            _watcher.Deleted += OnChanged;
            _watcher.Renamed += OnChanged;
            _watcher.EnableRaisingEvents = true;
            ReloadLog.Watching(logger, directory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            // Out of inotify instances, or a read-only mount: the bot serves what it loaded, without reload.
            ReloadLog.WatchFailed(logger, directory, ex.GetType().Name);
            _watcher?.Dispose();
            _watcher = null;
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        if (_watcher is not null)
        {
            _watcher.EnableRaisingEvents = false;
        }

        _debounce?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _debounce?.Dispose();
        _reloading.Dispose();
    }

    // Every change restarts the quiet period; the reload runs once the editor has finished writing.
    private void OnChanged(object sender, FileSystemEventArgs e) =>
        _debounce?.Change(options.Value.HotReloadDebounce, Timeout.InfiniteTimeSpan);

    internal async Task<bool> ReloadAsync()
    {
        await _reloading.WaitAsync().ConfigureAwait(false);
        try
        {
            var directory = holder.Current.Knowledge.Directory;
            BotKnowledge next;
            try
            {
                next = BotKnowledge.Load(directory, time.GetUtcNow());
            }
            catch (KnowledgeLoadException ex)
            {
                foreach (var error in ex.Errors)
                {
                    ReloadLog.Problem(logger, error.ToString());
                }

                ReloadLog.Refused(logger, ex.Errors.Count, holder.Current.Generation);
                return false;
            }

            holder.Swap(next);
            ReloadLog.Reloaded(logger, next.Search.Entries.Count, holder.Current.Generation);
            return true;
        }
#pragma warning disable CA1031 // A reload that breaks in an unexpected way keeps serving the old index.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            ReloadLog.Failed(logger, ex.GetType().Name);
            return false;
        }
        finally
        {
            _reloading.Release();
        }
    }
}

// File names, line numbers and counts only: knowledge content problems, never anything a user typed.
internal static partial class ReloadLog
{
    [LoggerMessage(EventId = 3111, Level = LogLevel.Information, Message = "Watching {Directory} for knowledge edits")]
    public static partial void Watching(ILogger logger, string directory);

    [LoggerMessage(EventId = 3112, Level = LogLevel.Warning, Message = "Cannot watch {Directory} ({ExceptionType}): hot reload is off")]
    public static partial void WatchFailed(ILogger logger, string directory, string exceptionType);

    [LoggerMessage(EventId = 3113, Level = LogLevel.Information, Message = "Knowledge reloaded: {Count} entries, generation {Generation}")]
    public static partial void Reloaded(ILogger logger, int count, int generation);

    [LoggerMessage(EventId = 3114, Level = LogLevel.Error, Message = "Knowledge edit rejected: {Problem}")]
    public static partial void Problem(ILogger logger, string problem);

    [LoggerMessage(EventId = 3115, Level = LogLevel.Error, Message = "Knowledge reload refused ({Count} error(s)); still serving generation {Generation}")]
    public static partial void Refused(ILogger logger, int count, int generation);

    [LoggerMessage(EventId = 3116, Level = LogLevel.Error, Message = "Knowledge reload failed ({ExceptionType}); still serving the previous index")]
    public static partial void Failed(ILogger logger, string exceptionType);
}

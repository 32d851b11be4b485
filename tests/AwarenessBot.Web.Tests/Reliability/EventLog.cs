using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace AwarenessBot.Web.Tests.Reliability;

/// <summary>Captures log entries and lets a test wait (bounded) for the n-th entry with an event id.</summary>
public sealed class EventLog : ILoggerProvider
{
    private readonly ConcurrentQueue<(int EventId, string Category, string Message)> _entries = new();
    private TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<(int EventId, string Category, string Message)> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public async Task<string> WaitForAsync(int eventId, int occurrence = 1)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var arrived = Volatile.Read(ref _arrived).Task;
            var matches = _entries.Where(e => e.EventId == eventId).ToList();
            if (matches.Count >= occurrence)
            {
                return matches[occurrence - 1].Message;
            }

            await arrived.WaitAsync(timeout.Token);
        }
    }

    public void Dispose()
    {
    }

    private sealed class Logger(EventLog owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            owner._entries.Enqueue((eventId.Id, category, formatter(state, exception)));
            Interlocked.Exchange(ref owner._arrived, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
        }
    }
}

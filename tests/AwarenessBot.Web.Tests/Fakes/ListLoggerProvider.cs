using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace AwarenessBot.Web.Tests.Fakes;

/// <summary>One log entry: its message and the values of the scopes it was written in, as text.</summary>
public sealed record LogEntry(string Category, LogLevel Level, int EventId, string Message, string Scopes)
{
    public string AllText => $"{Message} {Scopes}";
}

/// <summary>Captures every log entry at every level, with its scopes, for assertions on what is (not) logged.</summary>
public sealed class ListLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<LogEntry> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new ListLogger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class ListLogger(ListLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => owner._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scopes = new List<string>();
            owner._scopes.ForEachScope((scope, list) => list.Add(scope?.ToString() ?? string.Empty), scopes);
            owner._entries.Enqueue(new LogEntry(category, logLevel, eventId.Id, formatter(state, exception) + " " + exception, string.Join(" | ", scopes)));
        }
    }
}

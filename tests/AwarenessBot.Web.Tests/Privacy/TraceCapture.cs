using System.Collections.Concurrent;
using System.Diagnostics;

namespace AwarenessBot.Web.Tests.Privacy;

/// <summary>Records every trace activity of every source in the process, as text, while it is alive.</summary>
public sealed class TraceCapture : IDisposable
{
    private readonly ConcurrentQueue<string> _spans = new();
    private readonly ActivityListener _listener;

    public TraceCapture()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = span => _spans.Enqueue(Describe(span)),
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public IReadOnlyList<string> Spans => [.. _spans];

    public void Dispose() => _listener.Dispose();

    private static string Describe(Activity span) => string.Join(" | ",
        [
            span.Source.Name, span.OperationName, span.DisplayName, span.StatusDescription ?? "",
            .. span.TagObjects.Select(t => $"{t.Key}={t.Value}"),
            .. span.Baggage.Select(b => $"{b.Key}={b.Value}"),
            .. span.Events.SelectMany(e => e.Tags.Select(t => $"{e.Name}:{t.Key}={t.Value}").Append(e.Name)),
        ]);
}

using System.Globalization;
using System.Threading.Channels;
using AwarenessBot.Protocol.Models;

namespace AwarenessBot.Protocol.DirectLine;

/// <summary>
/// One embedded Direct Line conversation: a bounded transcript numbered by watermark, and the
/// open sockets that want each new activity as it arrives.
/// </summary>
internal sealed class Conversation(string id, int maxActivities, DateTimeOffset now)
{
    private readonly Lock _gate = new();
    private readonly Queue<(long Seq, Activity Activity)> _transcript = new();
    private readonly List<Channel<Activity>> _subscribers = [];
    private long _seq;
    private DateTimeOffset _lastTimestamp = DateTimeOffset.MinValue;

    public string Id { get; } = id;

    public DateTimeOffset LastActive { get; private set; } = now;

    public bool Started { get; set; }

    public void Touch(DateTimeOffset at) => LastActive = at;

    /// <summary>Gives the activity its id and a strictly increasing timestamp; stores it unless ephemeral.</summary>
    public void Append(Activity activity, DateTimeOffset now, bool store)
    {
        Channel<Activity>[] targets;
        lock (_gate)
        {
            _seq++;
            activity.Id ??= $"{Id}|{_seq:D7}";
            // Web Chat orders by timestamp (millisecond precision): keep the order we appended in.
            _lastTimestamp = now > _lastTimestamp.AddMilliseconds(1) ? now : _lastTimestamp.AddMilliseconds(1);
            activity.Timestamp = _lastTimestamp;
            if (store)
            {
                _transcript.Enqueue((_seq, activity));
                while (_transcript.Count > maxActivities)
                {
                    _transcript.Dequeue();
                }
            }

            LastActive = now;
            targets = [.. _subscribers];
        }

        foreach (var target in targets)
        {
            target.Writer.TryWrite(activity);
        }
    }

    public ActivitySet Since(long watermark)
    {
        lock (_gate)
        {
            return Backlog(watermark);
        }
    }

    /// <summary>The watermark of the newest activity, stored or not.</summary>
    public string Watermark
    {
        get
        {
            lock (_gate)
            {
                return _seq.ToString(CultureInfo.InvariantCulture);
            }
        }
    }

    /// <summary>
    /// Subscribes to every activity appended from now on, and returns the stored ones after
    /// <paramref name="watermark"/> taken at the same instant: the two never overlap and nothing falls between
    /// them, so a stream sends everything once and in the order it was appended (a typing indicator appended
    /// while the socket opened can never arrive after the reply that followed it).
    /// </summary>
    public (Channel<Activity> Live, ActivitySet Backlog) Subscribe(long watermark)
    {
        // A slow socket loses its oldest pending activities rather than growing without bound;
        // the client can resume from its watermark by polling or reconnecting.
        var channel = Channel.CreateBounded<Activity>(new BoundedChannelOptions(256) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (_gate)
        {
            _subscribers.Add(channel);
            return (channel, Backlog(watermark));
        }
    }

    public void Unsubscribe(Channel<Activity> channel)
    {
        lock (_gate)
        {
            _subscribers.Remove(channel);
        }

        channel.Writer.TryComplete();
    }

    public void Close()
    {
        lock (_gate)
        {
            foreach (var s in _subscribers)
            {
                s.Writer.TryComplete();
            }

            _subscribers.Clear();
        }
    }

    private ActivitySet Backlog(long watermark) =>
        new([.. _transcript.Where(x => x.Seq > watermark).Select(x => x.Activity)], _seq.ToString(CultureInfo.InvariantCulture));
}

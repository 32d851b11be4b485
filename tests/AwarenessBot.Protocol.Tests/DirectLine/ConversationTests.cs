using AwarenessBot.Protocol.DirectLine;
using AwarenessBot.Protocol.Models;

namespace AwarenessBot.Protocol.Tests.DirectLine;

public sealed class ConversationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Subscribe_AfterStoredAndBeforeNewActivities_BacklogAndLiveNeitherOverlapNorSkip()
    {
        var conversation = new Conversation("c1", maxActivities: 100, Now);
        conversation.Append(Message("before"), Now, store: true);

        var (live, backlog) = conversation.Subscribe(watermark: 0);
        conversation.Append(new Activity { Type = ActivityTypes.Typing }, Now, store: false);
        conversation.Append(Message("after"), Now, store: true);

        Assert.Equal(["before"], backlog.Activities.Select(a => a.Text));
        Assert.Equal([ActivityTypes.Typing, ActivityTypes.Message], Drain(live).Select(a => a.Type));
        Assert.Equal("3", conversation.Watermark);
    }

    [Fact]
    public void Subscribe_WithWatermark_BacklogStartsAfterIt()
    {
        var conversation = new Conversation("c1", maxActivities: 100, Now);
        conversation.Append(Message("one"), Now, store: true);
        conversation.Append(Message("two"), Now, store: true);

        var (_, backlog) = conversation.Subscribe(watermark: 1);

        Assert.Equal(["two"], backlog.Activities.Select(a => a.Text));
        Assert.Equal("2", backlog.Watermark);
    }

    [Fact]
    public void Unsubscribe_ThenAppend_NothingMoreArrives()
    {
        var conversation = new Conversation("c1", maxActivities: 100, Now);
        var (live, _) = conversation.Subscribe(watermark: 0);

        conversation.Unsubscribe(live);
        conversation.Append(Message("late"), Now, store: true);

        Assert.Empty(Drain(live));
        Assert.True(live.Reader.Completion.IsCompleted);
    }

    private static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text };

    private static List<Activity> Drain(System.Threading.Channels.Channel<Activity> live)
    {
        var drained = new List<Activity>();
        while (live.Reader.TryRead(out var activity))
        {
            drained.Add(activity);
        }

        return drained;
    }
}

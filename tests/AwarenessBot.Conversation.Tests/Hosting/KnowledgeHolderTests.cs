using AwarenessBot.Conversation.Hosting;
using AwarenessBot.Conversation.Safety;
using AwarenessBot.Conversation.Tests.Safety;

namespace AwarenessBot.Conversation.Tests.Hosting;

public sealed class KnowledgeHolderTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Swap_TurnStillHoldingOldIndex_OldIndexKeepsAnsweringUntilRetired()
    {
        var folder = KnowledgeFolder.Resolve(null);
        var gates = new List<SafetyCatalog>();
        using var holder = new KnowledgeHolder(BotKnowledge.Load(folder, Start), catalog => { gates.Add(catalog); return new FakeGate(); }, new FakeTime(Start));
        var inFlight = holder.Current;

        holder.Swap(BotKnowledge.Load(folder, Start));

        Assert.Equal(2, holder.Current.Generation);
        Assert.NotSame(inFlight.Knowledge, holder.Current.Knowledge);
        Assert.Equal(2, gates.Count);
        // A turn that read the old generation before the swap finishes on it.
        Assert.NotEmpty(inFlight.Knowledge.Search.Decide("what is human trafficking").Hits);
    }
}

namespace AwarenessBot.Conversation.Tests.Safety;

/// <summary>
/// Triage on several threads at once, as under load. A Regex keeps one runner for reuse, and a thread that finds it
/// taken builds its own: for the big groups' backtracking checks that runner allocates stacks sized for the whole group
/// (large object heap arrays), and the linear-time automata's runners are several KB too. Two threads at once made
/// triage allocate ~20 KB a message instead of ~0.3 KB and set off a gen-2 collection every few seconds; with only the
/// groups' checks taken one thread at a time it was still 6–8 KB a message while other test classes shared the catalog.
/// Every triage regex is now used by one thread at a time.
/// </summary>
public sealed class ConcurrentTriageTests
{
    // Messages that reach the scan, the groups' own checks, the [ignore] phrases and the [near] rules.
    private static readonly string[] Messages =
    [
        "my manager keeps my passport and won't pay me",
        "there's a girl in the next room crying and a man is locking the door",
        "I'm 16 and my boyfriend wants me to work for his friend, he says i owe him",
        "years ago my boss kept my passport",
        "how do traffickers recruit kids online",
        "me están obligando a trabajar y no me dejan salir",
        "someone is hurting me right now",
        "what is human trafficking",
    ];

    private const int Rounds = 400;

    [Fact]
    public void Assess_OnTwoThreadsAtOnce_AllocatesNoMoreAMessageThanOnOne()
    {
        var triage = SafetyTestData.Catalog.Triage;
        foreach (var message in Messages)
        {
            triage.Assess(message); // builds the lazily built regexes and grows the automaton for these messages
        }

        var alone = AllocatedPerMessage(triage);
        using var start = new Barrier(2);
        var perThread = new long[2];
        Parallel.For(0, 2, new ParallelOptions { MaxDegreeOfParallelism = 2 }, thread =>
        {
            start.SignalAndWait();
            perThread[thread] = AllocatedPerMessage(triage);
        });

        // Each thread counts only its own allocations; the same messages, so about the same figure (other test classes
        // may share the catalog meanwhile, which must not matter either).
        Assert.All(perThread, allocated => Assert.InRange(allocated, 0, alone + 256));
    }

    private static long AllocatedPerMessage(AwarenessBot.Conversation.Safety.ISafetyTriage triage)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var message in Messages)
            {
                Assert.NotNull(triage.Assess(message));
            }
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / (Rounds * Messages.Length);
    }
}

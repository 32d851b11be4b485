using System.Buffers;
using System.Runtime.InteropServices;
using AwarenessBot.Knowledge.Search;

namespace AwarenessBot.Knowledge;

/// <content>Choosing the candidates of one decision without allocating: pooled score buffers and a top-k pass.</content>
public sealed partial class KnowledgeIndex
{
    private static readonly Comparer<float> Descending = Comparer<float>.Create((a, b) => b.CompareTo(a));

    // The best BM25 entries (at most MaxCandidates, score > 0) with their similarity; the concepts into the list.
    private int Candidates(string? text, List<Concept> concepts, Span<Candidate> candidates)
    {
        if (string.IsNullOrWhiteSpace(text) || Entries.Count == 0)
        {
            return 0;
        }

        _planner.PlanInto(text, concepts);
        if (concepts.Count == 0)
        {
            return 0;
        }

        var maxDoc = _postings.MaxDoc;
        var entryCount = Entries.Count;
        var docScores = ArrayPool<float>.Shared.Rent(maxDoc);
        var scores = ArrayPool<float>.Shared.Rent(entryCount * 3);
        var order = ArrayPool<int>.Shared.Rent(entryCount);
        try
        {
            Array.Clear(docScores, 0, maxDoc);
            Array.Clear(scores, 0, entryCount * 3);
            _postings.AddDocScores(CollectionsMarshal.AsSpan(concepts), docScores.AsSpan(0, maxDoc));
            var entryScores = scores.AsSpan(0, entryCount);
            Bm25Postings.EntryScores(docScores.AsSpan(0, maxDoc), _docEntry, entryScores, scores.AsSpan(entryCount, entryCount));

            // Similarity is computed for the best BM25 candidates only: the rest cannot win.
            Span<int> best = stackalloc int[MaxCandidates + 1];
            var found = Best(entryScores, best);
            if (found > MaxCandidates && entryScores[best[MaxCandidates - 1]] == entryScores[best[MaxCandidates]])
            {
                // A tie at the cut: the full sort (introsort, as ever) decides which of the tied entries stay.
                found = SortedBest(entryScores, scores.AsSpan(2 * entryCount, entryCount), order.AsSpan(0, entryCount), best);
            }

            var count = 0;
            foreach (var e in best[..Math.Min(found, MaxCandidates)])
            {
                candidates[count++] = new Candidate(_terms[e], entryScores[e], _terms[e].Similarity(CollectionsMarshal.AsSpan(concepts)));
            }

            return count;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(order);
            ArrayPool<float>.Shared.Return(scores);
            ArrayPool<float>.Shared.Return(docScores);
        }
    }

    // The entries with the highest positive scores, best first, into best (its length is how many are kept).
    private static int Best(ReadOnlySpan<float> scores, Span<int> best)
    {
        var count = 0;
        for (var e = 0; e < scores.Length; e++)
        {
            var score = scores[e];
            if (score <= 0 || (count == best.Length && score <= scores[best[^1]]))
            {
                continue;
            }

            var at = Math.Min(count, best.Length - 1);
            for (; at > 0 && scores[best[at - 1]] < score; at--)
            {
                best[at] = best[at - 1];
            }

            best[at] = e;
            count = Math.Min(count + 1, best.Length);
        }

        return count;
    }

    private static int SortedBest(ReadOnlySpan<float> scores, Span<float> keys, Span<int> order, Span<int> best)
    {
        scores.CopyTo(keys);
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        keys.Sort(order, Descending);
        var count = 0;
        foreach (var e in order[..Math.Min(MaxCandidates, order.Length)])
        {
            if (scores[e] > 0)
            {
                best[count++] = e;
            }
        }

        return count;
    }
}

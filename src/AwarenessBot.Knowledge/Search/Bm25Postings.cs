using System.Buffers;
using System.Collections.Concurrent;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace AwarenessBot.Knowledge.Search;

/// <summary>One document's BM25 score for a term (or phrase) at boost 1.</summary>
internal readonly record struct Posting(int Doc, float Score);

/// <summary>
/// BM25 postings per field and term (or phrase), scored by Lucene's own query and <see cref="BM25Similarity"/> on
/// first use and cached: the index never changes after build, so neither does a term's per-document score.
/// Scoring a query is then a few array walks instead of a terms-dictionary seek, a postings reader and a BM25
/// stats cache per clause. Query semantics are those of <see cref="LuceneQueryBuilder"/> (a sum of SHOULD clauses,
/// each the max over its forms; BM25's query norm and coord are 1 and scores are linear in the boost): a test
/// checks both give the same scores. The cache holds at most every term of the index (plus the synonym phrases).
/// </summary>
internal sealed class Bm25Postings
{
    private readonly IndexSearcher _searcher;
    private readonly Dictionary<string, HashSet<string>> _fieldTerms = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Field, string Terms), Posting[]> _cache = new();

    public Bm25Postings(IndexSearcher searcher, IEnumerable<string> fields)
    {
        _searcher = searcher;
        foreach (var field in fields)
        {
            var terms = new HashSet<string>(StringComparer.Ordinal);
            foreach (var leaf in searcher.IndexReader.Leaves)
            {
                if (leaf.AtomicReader.GetTerms(field) is { } fieldTerms)
                {
                    var termsEnum = fieldTerms.GetEnumerator();
                    while (termsEnum.MoveNext())
                    {
                        terms.Add(termsEnum.Term.Utf8ToString());
                    }
                }
            }

            _fieldTerms[field] = terms;
        }
    }

    /// <summary>True when the field contains the stem.</summary>
    public bool Contains(string field, string stem) => _fieldTerms[field].Contains(stem);

    /// <summary>The postings of a form in a field at boost 1, by document; empty when some stem is not in the field.</summary>
    public Posting[] Of(string field, TermForm form)
    {
        var terms = _fieldTerms[field];
        foreach (var stem in form.Stems)
        {
            if (!terms.Contains(stem))
            {
                return [];
            }
        }

        var key = form.Stems.Length == 1 ? form.Stems[0] : string.Join(' ', form.Stems);
        return _cache.TryGetValue((field, key), out var cached) ? cached : _cache.GetOrAdd((field, key), Score(field, form));
    }

    /// <summary>The number of documents (the length <see cref="AddDocScores"/> needs).</summary>
    public int MaxDoc => _searcher.IndexReader.MaxDoc;

    /// <summary>Per-document scores of the query <see cref="LuceneQueryBuilder.Build"/> makes for these concepts.</summary>
    public float[] DocScores(IReadOnlyList<Concept> concepts)
    {
        var scores = new float[MaxDoc];
        AddDocScores([.. concepts], scores);
        return scores;
    }

    /// <summary>Adds the per-document scores to <paramref name="scores"/> (zeroed, <see cref="MaxDoc"/> long).</summary>
    public void AddDocScores(ReadOnlySpan<Concept> concepts, Span<float> scores)
    {
        var maxDoc = MaxDoc;
        var clause = ArrayPool<float>.Shared.Rent(maxDoc);
        var touched = ArrayPool<int>.Shared.Rent(maxDoc);
        Array.Clear(clause, 0, maxDoc);
        var fields = LuceneQueryBuilder.Fields;
        for (var f = 0; f < fields.Length; f++)
        {
            var (field, fieldBoost) = fields[f];
            for (var c = 0; c < concepts.Length; c++)
            {
                // One clause: the best form per document (DisjunctionMaxQuery, tie-breaker 0).
                var touchedCount = 0;
                var forms = concepts[c].Forms;
                for (var k = 0; k < forms.Length; k++)
                {
                    var form = forms[k];
                    var boost = form.Boost * fieldBoost;
                    foreach (var (doc, score) in form.Postings[f] ??= Of(field, form))
                    {
                        var value = score * boost;
                        if (value > clause[doc])
                        {
                            if (clause[doc] == 0)
                            {
                                touched[touchedCount++] = doc;
                            }

                            clause[doc] = value;
                        }
                    }
                }

                foreach (var doc in touched.AsSpan(0, touchedCount))
                {
                    scores[doc] += clause[doc];
                    clause[doc] = 0;
                }
            }
        }

        ArrayPool<int>.Shared.Return(touched);
        ArrayPool<float>.Shared.Return(clause);
    }

    /// <summary>
    /// Entry scores from document scores: question documents count once per entry (its best matching question),
    /// body documents (answer and tags) add. <paramref name="docEntry"/> maps a document to its entry's index,
    /// or to ~index for a body document.
    /// </summary>
    public static float[] EntryScores(float[] docScores, int[] docEntry, int entryCount)
    {
        var best = new float[entryCount];
        EntryScores(docScores, docEntry, best, new float[entryCount]);
        return best;
    }

    /// <summary>As above, into <paramref name="best"/> with <paramref name="body"/> as scratch (both zeroed, one per entry).</summary>
    public static void EntryScores(ReadOnlySpan<float> docScores, int[] docEntry, Span<float> best, Span<float> body)
    {
        for (var doc = 0; doc < docScores.Length; doc++)
        {
            var score = docScores[doc];
            if (score <= 0)
            {
                continue;
            }

            var entry = docEntry[doc];
            if (entry < 0)
            {
                body[~entry] += score;
            }
            else if (score > best[entry])
            {
                best[entry] = score;
            }
        }

        for (var i = 0; i < best.Length; i++)
        {
            best[i] += body[i];
        }
    }

    private Posting[] Score(string field, TermForm form)
    {
        var query = LuceneQueryBuilder.FormQuery(field, new TermForm(form.Stems, 1f, form.Ids));
        var top = _searcher.Search(query, Math.Max(1, _searcher.IndexReader.MaxDoc));
        return [.. top.ScoreDocs.Select(d => new Posting(d.Doc, d.Score)).OrderBy(p => p.Doc)];
    }
}

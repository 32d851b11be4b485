using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace AwarenessBot.Knowledge.Search;

/// <summary>One document's BM25 score for a term (or phrase) at boost 1.</summary>
internal readonly record struct Posting(int Doc, float Score);

/// <summary>
/// Every term's BM25 postings, scored once by Lucene's own <see cref="BM25Similarity"/> when the index is built.
/// The index never changes after build, so a term's per-document score never changes either; scoring a query
/// is then a few array walks instead of a terms-dictionary seek, a postings reader and a BM25 stats cache per
/// clause. Query semantics are those of <see cref="LuceneQueryBuilder"/> (a sum of SHOULD clauses, each the max
/// over its forms; BM25's query norm and coord are 1 and scores are linear in the boost): a test checks both
/// give the same scores. Phrases (multi-word synonyms, a fixed set) are scored by the searcher on first use.
/// </summary>
internal sealed class Bm25Postings
{
    private readonly IndexSearcher _searcher;
    private readonly Dictionary<string, Dictionary<string, Posting[]>> _terms = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Field, string Phrase), Posting[]> _phrases = new();

    public Bm25Postings(IndexSearcher searcher, IEnumerable<string> fields)
    {
        _searcher = searcher;
        var similarity = searcher.Similarity;
        foreach (var field in fields)
        {
            var byTerm = new Dictionary<string, List<Posting>>(StringComparer.Ordinal);
            var collection = searcher.CollectionStatistics(field);
            foreach (var leaf in searcher.IndexReader.Leaves)
            {
                if (leaf.AtomicReader.GetTerms(field) is not { } terms)
                {
                    continue;
                }

                var termsEnum = terms.GetEnumerator();
                DocsEnum? docs = null;
                while (termsEnum.MoveNext())
                {
                    var bytes = BytesRef.DeepCopyOf(termsEnum.Term);
                    var term = new Term(field, bytes);
                    var stats = searcher.TermStatistics(term, TermContext.Build(searcher.TopReaderContext, term));
                    var weight = similarity.ComputeWeight(1f, collection, stats);
                    weight.Normalize(1f, 1f);
                    var scorer = similarity.GetSimScorer(weight, leaf);
                    docs = termsEnum.Docs(leaf.AtomicReader.LiveDocs, docs, DocsFlags.FREQS);
                    var key = bytes.Utf8ToString();
                    if (!byTerm.TryGetValue(key, out var list))
                    {
                        byTerm[key] = list = [];
                    }

                    for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
                    {
                        list.Add(new Posting(leaf.DocBase + doc, scorer.Score(doc, docs.Freq)));
                    }
                }
            }

            _terms[field] = byTerm.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        }
    }

    /// <summary>The stems this field contains.</summary>
    public bool Contains(string field, string stem) => _terms[field].ContainsKey(stem);

    /// <summary>The postings of a form in a field at boost 1; empty when some stem is not in the field.</summary>
    public Posting[] Of(string field, TermForm form)
    {
        var terms = _terms[field];
        if (form.Stems.Length == 1)
        {
            return terms.GetValueOrDefault(form.Stems[0]) ?? [];
        }

        foreach (var stem in form.Stems)
        {
            if (!terms.ContainsKey(stem))
            {
                return [];
            }
        }

        return _phrases.GetOrAdd((field, string.Join(' ', form.Stems)), key => ScorePhrase(key.Field, form));
    }

    /// <summary>Per-document scores of the query <see cref="LuceneQueryBuilder.Build"/> makes for these concepts.</summary>
    public float[] DocScores(IReadOnlyList<Concept> concepts)
    {
        var maxDoc = _searcher.IndexReader.MaxDoc;
        var scores = new float[maxDoc];
        var clause = new float[maxDoc];
        var touched = new List<int>();
        foreach (var (field, fieldBoost) in LuceneQueryBuilder.Fields)
        {
            foreach (var concept in concepts)
            {
                // One clause: the best form per document (DisjunctionMaxQuery, tie-breaker 0).
                foreach (var form in concept.Forms)
                {
                    var boost = form.Boost * fieldBoost;
                    foreach (var (doc, score) in Of(field, form))
                    {
                        var value = score * boost;
                        if (value > clause[doc])
                        {
                            if (clause[doc] == 0)
                            {
                                touched.Add(doc);
                            }

                            clause[doc] = value;
                        }
                    }
                }

                foreach (var doc in touched)
                {
                    scores[doc] += clause[doc];
                    clause[doc] = 0;
                }

                touched.Clear();
            }
        }

        return scores;
    }

    private Posting[] ScorePhrase(string field, TermForm form)
    {
        var query = (Query)LuceneQueryBuilder.FormQuery(field, form with { Boost = 1f });
        var top = _searcher.Search(query, Math.Max(1, _searcher.IndexReader.MaxDoc));
        return [.. top.ScoreDocs.Select(d => new Posting(d.Doc, d.Score)).OrderBy(p => p.Doc)];
    }
}

using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace AwarenessBot.Knowledge.Tests.Baseline;

/// <summary>
/// The plain baseline the engine is compared with: the same documents (one per question, one per answer with
/// tags), StandardAnalyzer, Lucene's default (TF-IDF) similarity, every token a SHOULD term over all fields,
/// no synonyms, no typo tolerance, no field weights; the top hit is the answer when its raw score passes a threshold.
/// </summary>
internal sealed class PlainBaselineIndex : IDisposable
{
    private static readonly string[] Fields = ["question", "answer", "tags"];
    private readonly RAMDirectory _directory = new();
    private readonly StandardAnalyzer _analyzer = new(LuceneVersion.LUCENE_48);
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public PlainBaselineIndex(IEnumerable<KnowledgeEntry> entries)
    {
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, _analyzer)))
        {
            foreach (var entry in entries)
            {
                foreach (var question in entry.Questions.Prepend(entry.Title))
                {
                    writer.AddDocument([new StringField("entry", entry.Id, Field.Store.YES), new TextField("question", question, Field.Store.NO)]);
                }

                writer.AddDocument(
                [
                    new StringField("entry", entry.Id, Field.Store.YES),
                    new TextField("answer", entry.Answer, Field.Store.NO),
                    new TextField("tags", string.Join(", ", entry.Tags), Field.Store.NO),
                ]);
            }
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader);
    }

    /// <summary>The top entry and its raw score, or (null, 0).</summary>
    public (string? EntryId, float Score) Top(string text)
    {
        var query = new BooleanQuery();
        using (var stream = _analyzer.GetTokenStream("question", text))
        {
            var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken() && query.Clauses.Count < 300)
            {
                foreach (var field in Fields)
                {
                    query.Add(new TermQuery(new Term(field, term.ToString())), Occur.SHOULD);
                }
            }

            stream.End();
        }

        var hits = _searcher.Search(query, 1).ScoreDocs;
        return hits.Length == 0 ? (null, 0) : (_searcher.Doc(hits[0].Doc).Get("entry"), hits[0].Score);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }
}

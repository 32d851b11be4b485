using AwarenessBot.Knowledge.Search;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using static AwarenessBot.Knowledge.Search.LuceneQueryBuilder;

namespace AwarenessBot.Knowledge;

/// <summary>
/// The Lucene index over a <see cref="KnowledgeBase"/>, and the answer engine. One document per alternate
/// question (and title), so a close question match scores well regardless of how many questions an entry
/// has, plus one document per entry for its answer and tags; BM25 on writer and searcher; one shared searcher,
/// whose per-term scores are cached (<see cref="Bm25Postings"/>) because the index never changes after build.
/// Thread-safe after <see cref="Build"/>.
/// </summary>
public sealed partial class KnowledgeIndex : IKnowledgeSearch, IDisposable
{
    private const int MaxCandidates = CandidateBuffer.Capacity;

    [ThreadStatic]
    private static List<Concept>? t_concepts;

    private readonly RAMDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly Analyzer _analyzer;
    private readonly Analyzer _surface;
    private readonly Analyzer _query;
    private readonly int[] _docEntry;
    private readonly EntryTerms[] _terms;
    private readonly Dictionary<string, KnowledgeEntry> _byId;
    private readonly QueryPlanner _planner;

    internal QueryPlanner Planner => _planner;
    private readonly Vocabulary _vocabulary;
    private readonly Bm25Postings _postings;

    private KnowledgeIndex(KnowledgeBase knowledge)
    {
        Entries = [.. knowledge.Entries.OrderBy(e => e.Id, StringComparer.Ordinal)];
        _byId = Entries.ToDictionary(e => e.Id, StringComparer.Ordinal);
        _analyzer = EnglishAnalysis.CreateIndexAnalyzer();
        _surface = EnglishAnalysis.CreateSurfaceAnalyzer();
        _query = EnglishAnalysis.CreateQueryAnalyzer();
        _directory = new RAMDirectory();
        WriteDocuments();
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
        _docEntry = ReadDocEntries();

        var surfaceToStem = new Dictionary<string, string>(StringComparer.Ordinal);
        _terms = [.. Entries.Select(e => AnalyzeEntry(e, surfaceToStem))];
        _postings = new Bm25Postings(_searcher, LuceneQueryBuilder.Fields.Select(f => f.Field));
        _vocabulary = new Vocabulary([.. _terms.Select(t => t.AllStems)], surfaceToStem);
        foreach (var terms in _terms)
        {
            terms.UseVocabulary(_vocabulary);
        }

        _planner = new QueryPlanner(_query, _surface, _vocabulary, knowledge.Synonyms);
        foreach (var terms in _terms)
        {
            terms.Place = _planner.SinglePlace(terms.StrongStems);
        }
    }

    public IReadOnlyList<KnowledgeEntry> Entries { get; }

    /// <summary>Indexes the entries in memory; cheap enough to run at startup.</summary>
    public static KnowledgeIndex Build(KnowledgeBase knowledge) => new(knowledge);

    public SearchDecision Decide(string text)
    {
        var candidates = new CandidateBuffer();
        var concepts = t_concepts ??= new List<Concept>(QueryPlanner.MaxConcepts + 1);
        try
        {
            var count = Candidates(text, concepts, candidates);
            return DecisionPolicy.DecideInPlace(((Span<Candidate>)candidates)[..count], concepts.Count);
        }
        finally
        {
            concepts.Clear();
        }
    }

    public KnowledgeEntry? FindById(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The decision with the features behind it (for tuning and tests).</summary>
    internal ScoredDecision Score(string? text)
    {
        var candidates = new CandidateBuffer();
        var concepts = new List<Concept>();
        var count = Candidates(text, concepts, candidates);
        IReadOnlyList<Candidate> found = ((Span<Candidate>)candidates)[..count].ToArray();
        return DecisionPolicy.Decide(found, concepts.Count);
    }

    /// <summary>Per-document scores from the real Lucene query and searcher (the reference the cached postings must equal).</summary>
    internal float[] LuceneDocScores(string text)
    {
        var scores = new float[_reader.MaxDoc];
        var concepts = _planner.Plan(text);
        if (concepts.Count > 0)
        {
            var query = LuceneQueryBuilder.Build(concepts, _postings.Contains);
            foreach (var hit in _searcher.Search(query, Math.Max(1, _reader.MaxDoc)).ScoreDocs)
            {
                scores[hit.Doc] = hit.Score;
            }
        }

        return scores;
    }

    /// <summary>Per-document scores from the cached postings, for the same check.</summary>
    internal float[] CachedDocScores(string text) => _postings.DocScores(_planner.Plan(text));

    /// <summary>The concepts the planner reads in user text (for tests).</summary>
    internal IReadOnlyList<Concept> Plan(string text) => _planner.Plan(text);

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
        _surface.Dispose();
        _query.Dispose();
    }

    private void WriteDocuments()
    {
        var config = new IndexWriterConfig(EnglishAnalysis.Version, _analyzer)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
        };
        using var writer = new IndexWriter(_directory, config);
        for (var i = 0; i < Entries.Count; i++)
        {
            var entry = Entries[i];
            foreach (var question in entry.Questions.Prepend(entry.Title))
            {
                writer.AddDocument(
                [
                    new StringField(EntryField, entry.Id, Field.Store.NO),
                    new NumericDocValuesField(EntryIndexField, i),
                    new TextField(QuestionField, question, Field.Store.NO),
                ]);
            }

            writer.AddDocument(
            [
                new StringField(EntryField, "body:" + entry.Id, Field.Store.NO),
                new NumericDocValuesField(EntryIndexField, ~i),
                new TextField(AnswerField, entry.Answer, Field.Store.NO),
                new TextField(TagsField, string.Join(", ", entry.Tags), Field.Store.NO),
            ]);
        }

        writer.Commit();
    }

    // Doc id -> entry index (question documents) or ~index (body documents), so hits need no stored-field reads.
    private int[] ReadDocEntries()
    {
        var map = new int[_reader.MaxDoc];
        var values = MultiDocValues.GetNumericValues(_reader, EntryIndexField);
        for (var doc = 0; doc < map.Length; doc++)
        {
            map[doc] = (int)values.Get(doc);
        }

        return map;
    }

    private EntryTerms AnalyzeEntry(KnowledgeEntry entry, Dictionary<string, string> surfaceToStem)
    {
        var strongText = string.Join(" \n ", entry.Questions.Append(entry.Title).Concat(entry.Tags));
        var questions = entry.Questions.Append(entry.Title)
            .Select(q => EnglishAnalysis.Tokens(_analyzer, q).ToHashSet(StringComparer.Ordinal))
            .ToList();
        var strong = EnglishAnalysis.Tokens(_analyzer, strongText).ToHashSet(StringComparer.Ordinal);
        var answer = EnglishAnalysis.Tokens(_analyzer, entry.Answer).ToHashSet(StringComparer.Ordinal);
        foreach (var word in EnglishAnalysis.Tokens(_surface, strongText + " \n " + entry.Answer))
        {
            if (!surfaceToStem.ContainsKey(word) && word.All(char.IsLetter)
                && EnglishAnalysis.Tokens(_analyzer, word, 1) is [var stem])
            {
                surfaceToStem[word] = stem;
            }
        }

        return new EntryTerms(entry, questions, strong, answer);
    }
}

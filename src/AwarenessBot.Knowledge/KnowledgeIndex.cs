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
/// has, plus one document per entry for its answer and tags; BM25 on writer and searcher; one shared searcher.
/// Thread-safe after <see cref="Build"/>.
/// </summary>
public sealed class KnowledgeIndex : IKnowledgeSearch, IDisposable
{
    private const int MaxDocsRead = 100;
    private const int MaxCandidates = 12;
    private readonly RAMDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly Analyzer _analyzer;
    private readonly Analyzer _surface;
    private readonly int[] _docEntry;
    private readonly EntryTerms[] _terms;
    private readonly Dictionary<string, KnowledgeEntry> _byId;
    private readonly QueryPlanner _planner;
    private readonly Vocabulary _vocabulary;
    private readonly Dictionary<string, IReadOnlySet<string>> _fieldStems;

    private KnowledgeIndex(KnowledgeBase knowledge)
    {
        Entries = [.. knowledge.Entries.OrderBy(e => e.Id, StringComparer.Ordinal)];
        _byId = Entries.ToDictionary(e => e.Id, StringComparer.Ordinal);
        _analyzer = EnglishAnalysis.CreateIndexAnalyzer();
        _surface = EnglishAnalysis.CreateSurfaceAnalyzer();
        _directory = new RAMDirectory();
        WriteDocuments();
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
        _docEntry = ReadDocEntries();

        var surfaceToStem = new Dictionary<string, string>(StringComparer.Ordinal);
        _terms = [.. Entries.Select(e => AnalyzeEntry(e, surfaceToStem))];
        _fieldStems = new(StringComparer.Ordinal)
        {
            [QuestionField] = _terms.SelectMany(t => t.QuestionStems).ToHashSet(StringComparer.Ordinal),
            [TagsField] = Entries.SelectMany(e => EnglishAnalysis.Tokens(_analyzer, string.Join(", ", e.Tags))).ToHashSet(StringComparer.Ordinal),
            [AnswerField] = Entries.SelectMany(e => EnglishAnalysis.Tokens(_analyzer, e.Answer)).ToHashSet(StringComparer.Ordinal),
        };
        _vocabulary = new Vocabulary([.. _terms.Select(t => t.AllStems)], surfaceToStem);
        _planner = new QueryPlanner(_analyzer, _surface, _vocabulary, new SynonymTable(knowledge.Synonyms, _analyzer));
    }

    public IReadOnlyList<KnowledgeEntry> Entries { get; }

    /// <summary>Indexes the entries in memory; cheap enough to run at startup.</summary>
    public static KnowledgeIndex Build(KnowledgeBase knowledge) => new(knowledge);

    public SearchDecision Decide(string text) => Score(text).Decision;

    public KnowledgeEntry? FindById(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The decision with the features behind it (for tuning and tests).</summary>
    internal ScoredDecision Score(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || Entries.Count == 0)
        {
            return ScoredDecision.Empty;
        }

        var concepts = _planner.Plan(text);
        if (concepts.Count == 0)
        {
            return ScoredDecision.Empty;
        }

        var top = _searcher.Search(LuceneQueryBuilder.Build(concepts, f => _fieldStems[f]), MaxDocsRead);
        var scores = new Dictionary<int, float>();
        var best = new Dictionary<int, float>();
        foreach (var hit in top.ScoreDocs)
        {
            var entry = _docEntry[hit.Doc];
            if (entry < 0)
            {
                // Body documents add; question documents count once, the best matching question.
                scores[~entry] = scores.GetValueOrDefault(~entry) + hit.Score;
            }
            else
            {
                best[entry] = Math.Max(best.GetValueOrDefault(entry), hit.Score);
            }
        }

        foreach (var (entry, score) in best)
        {
            scores[entry] = scores.GetValueOrDefault(entry) + score;
        }

        // Similarity is computed for the best BM25 candidates only: the rest cannot win.
        var queryStems = concepts.SelectMany(c => c.Forms).SelectMany(f => f.Stems).ToHashSet(StringComparer.Ordinal);
        var candidates = scores.OrderByDescending(kv => kv.Value).Take(MaxCandidates)
            .Select(kv => new Candidate(_terms[kv.Key], kv.Value, _terms[kv.Key].Similarity(concepts, queryStems, _vocabulary)));
        return DecisionPolicy.Decide([.. candidates], concepts.Count);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
        _surface.Dispose();
    }

    private void WriteDocuments()
    {
        var config = new IndexWriterConfig(EnglishAnalysis.Version, _analyzer)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
        };
        using var writer = new IndexWriter(_directory, config);
        foreach (var entry in Entries)
        {
            foreach (var question in entry.Questions.Prepend(entry.Title))
            {
                writer.AddDocument(
                [
                    new StringField(EntryField, entry.Id, Field.Store.YES),
                    new TextField(QuestionField, question, Field.Store.NO),
                ]);
            }

            writer.AddDocument(
            [
                new StringField(EntryField, "body:" + entry.Id, Field.Store.YES),
                new TextField(AnswerField, entry.Answer, Field.Store.NO),
                new TextField(TagsField, string.Join(", ", entry.Tags), Field.Store.NO),
            ]);
        }

        writer.Commit();
    }

    // Doc id -> entry index (question documents) or ~index (body documents), so hits need no stored-field reads.
    private int[] ReadDocEntries()
    {
        var index = Entries.Select((e, i) => (e.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var map = new int[_reader.MaxDoc];
        for (var doc = 0; doc < map.Length; doc++)
        {
            var value = _reader.Document(doc).Get(EntryField);
            map[doc] = value.StartsWith("body:", StringComparison.Ordinal) ? ~index[value[5..]] : index[value];
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

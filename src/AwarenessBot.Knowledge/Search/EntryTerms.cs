using System.Collections.Frozen;

namespace AwarenessBot.Knowledge.Search;

/// <summary>
/// The stems of one entry: each alternate question (and the title) on its own, all of them with the tags
/// (strong), and the answer.
/// </summary>
internal sealed partial class EntryTerms
{
    // How much a user's word counts when the best question lacks it but the entry has it elsewhere.
    private const double ElsewhereCredit = 0.4;
    private const double AnswerCredit = 0.2;

    // The share of the score that asks "did the user cover the question" rather than "did the question cover the user".
    private const double QuestionSideWeight = 0.35;

    private readonly HashSet<string>[] _questions;
    private readonly HashSet<string> _strong;
    private readonly HashSet<string> _all;
    private (string Stem, double Idf)[][] _questionIdf = [];
    private double[] _questionIdfTotal = [];

    // The same sets over vocabulary ids, and which questions hold each stem (a bit per question, when at most 64):
    // most questions share no form with the user, and those all score alike, so only the others are scored.
    private StemSet[] _questionSets = [];
    private int[][] _questionIds = [];
    private StemSet _strongSet;
    private StemSet _allSet;
    private FrozenDictionary<int, ulong>? _questionsWith;

    public EntryTerms(KnowledgeEntry entry, IReadOnlyList<HashSet<string>> questions, HashSet<string> strong, HashSet<string> answer)
    {
        Entry = entry;
        _questions = [.. questions];
        _strong = strong;
        _all = strong.Union(answer).ToHashSet(StringComparer.Ordinal);
    }

    public KnowledgeEntry Entry { get; }

    public IEnumerable<string> QuestionStems => _questions.SelectMany(q => q);

    public IReadOnlySet<string> AllStems => _all;

    /// <summary>The questions', title's and tags' stems.</summary>
    public IReadOnlySet<string> StrongStems => _strong;

    /// <summary>The one country or region this entry is about (see <see cref="QueryPlanner.SinglePlace"/>), else -1.</summary>
    public int Place { get; set; } = -1;

    /// <summary>Precomputes each question's term weights once the knowledge base's vocabulary is known.</summary>
    public void UseVocabulary(Vocabulary vocabulary)
    {
        _questionIdf = [.. _questions.Select(q => q.Select(s => (s, vocabulary.IdfOf(s))).ToArray())];
        _questionIdfTotal = [.. _questionIdf.Select(q => q.Sum(p => p.Idf))];
        _questionIds = [.. _questionIdf.Select(q => q.Select(p => vocabulary.IdOf(p.Stem)).ToArray())];
        _questionSets = [.. _questions.Select(q => StemSet.Of(q, vocabulary))];
        _strongSet = StemSet.Of(_strong, vocabulary);
        _allSet = StemSet.Of(_all, vocabulary);
        if (_questions.Length <= 64)
        {
            var questionsWith = new Dictionary<int, ulong>();
            for (var q = 0; q < _questions.Length; q++)
            {
                foreach (var id in _questionIds[q])
                {
                    questionsWith[id] = questionsWith.GetValueOrDefault(id) | (1UL << q);
                }
            }

            _questionsWith = questionsWith.ToFrozenDictionary();
        }
    }

    /// <summary>
    /// How well the user's concepts match this entry, in [0, 1], the same scale for every query: for the best
    /// alternate question, the idf-weighted share of the user's concepts it contains (words only elsewhere in the
    /// entry count partly) blended with the idf-weighted share of the question's words the user used.
    /// Unknown words weigh most, so "what is the weather" matches no entry even though "what" does.
    /// </summary>
    public double Similarity(ReadOnlySpan<Concept> concepts)
    {
        double total = 0;
        var formCount = 0;
        for (var i = 0; i < concepts.Length; i++)
        {
            total += concepts[i].Weight;
            formCount += concepts[i].Forms.Length;
        }

        if (total <= 0 || !CoversTopic(concepts) || OutweighedByForeignWords(concepts) || AboutAnotherPlace(concepts))
        {
            return 0;
        }

        // Credit that does not depend on the question, and the forms that can match some question at all
        // (as concept index * 65536 + form index) with the questions that contain them.
        Span<double> elsewhere = stackalloc double[concepts.Length];
        Span<double> covered = stackalloc double[concepts.Length];
        var strongForms = formCount <= 256 ? stackalloc int[formCount] : new int[formCount];
        var inQuestions = formCount <= 256 ? stackalloc ulong[formCount] : new ulong[formCount];
        var strongCount = 0;
        ulong anyQuestion = 0;
        for (var i = 0; i < concepts.Length; i++)
        {
            double best = 0;
            var forms = concepts[i].Forms;
            for (var k = 0; k < forms.Length; k++)
            {
                var form = forms[k];
                if (_strongSet.ContainsAll(form.Ids))
                {
                    inQuestions[strongCount] = QuestionsWith(form.Ids);
                    anyQuestion |= inQuestions[strongCount];
                    strongForms[strongCount++] = (i << 16) | k;
                    best = Math.Max(best, ElsewhereCredit * form.Boost);
                }
                else if (_allSet.ContainsAll(form.Ids))
                {
                    best = Math.Max(best, AnswerCredit * form.Boost);
                }
            }

            elsewhere[i] = best;
        }

        // A question with none of the user's forms scores the entry-wide credit alone (its question side is 0),
        // and no question scores less, so that is where the best starts; only the others need scoring.
        var similarity = (1 - QuestionSideWeight) * Covered(concepts, elsewhere) / total;

        // A question word counts as used only through a whole form the question contains: "sex" from the
        // phrase "sex extortion" says nothing about a question on sex trafficking.
        var matched = strongCount <= 256 ? stackalloc int[strongCount] : new int[strongCount];
        for (var q = 0; q < _questionSets.Length; q++)
        {
            if (_questionsWith is not null && (anyQuestion & (1UL << q)) == 0)
            {
                continue;
            }

            elsewhere.CopyTo(covered);
            var matchedCount = 0;
            for (var j = 0; j < strongCount; j++)
            {
                var (i, form) = (strongForms[j] >> 16, concepts[strongForms[j] >> 16].Forms[strongForms[j] & 0xFFFF]);
                if (_questionsWith is null ? _questionSets[q].ContainsAll(form.Ids) : (inQuestions[j] & (1UL << q)) != 0)
                {
                    covered[i] = Math.Max(covered[i], form.Boost);
                    matched[matchedCount++] = strongForms[j];
                }
            }

            double questionMatched = 0;
            var ids = _questionIds[q];
            for (var s = 0; s < ids.Length; s++)
            {
                if (Uses(concepts, matched[..matchedCount], ids[s]))
                {
                    questionMatched += _questionIdf[q][s].Idf;
                }
            }

            var questionSide = _questionIdfTotal[q] > 0 ? questionMatched / _questionIdfTotal[q] : 0;
            similarity = Math.Max(similarity, ((1 - QuestionSideWeight) * Covered(concepts, covered) / total) + (QuestionSideWeight * questionSide));
        }

        return Math.Clamp(similarity, 0, 1);
    }

    private static double Covered(ReadOnlySpan<Concept> concepts, ReadOnlySpan<double> covered)
    {
        double coveredWeight = 0;
        for (var i = 0; i < concepts.Length; i++)
        {
            coveredWeight += concepts[i].Weight * covered[i];
        }

        return coveredWeight;
    }

    // The questions that contain every id (a bit per question); only used with at most 64 questions.
    private ulong QuestionsWith(int[] ids)
    {
        if (_questionsWith is null)
        {
            return 0;
        }

        var questions = ulong.MaxValue;
        foreach (var id in ids)
        {
            questions &= _questionsWith.GetValueOrDefault(id);
        }

        return questions;
    }

    private static bool Uses(ReadOnlySpan<Concept> concepts, ReadOnlySpan<int> matched, int id)
    {
        foreach (var packed in matched)
        {
            if (Array.IndexOf(concepts[packed >> 16].Forms[packed & 0xFFFF].Ids, id) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}

using Lucene.Net.Index;
using Lucene.Net.Search;

namespace AwarenessBot.Knowledge.Search;

/// <summary>Builds the Lucene query from concepts, in code: no query parser ever sees user text.</summary>
internal static class LuceneQueryBuilder
{
    public const string EntryField = "entry";
    public const string EntryIndexField = "entryIndex";
    public const string QuestionField = "question";
    public const string AnswerField = "answer";
    public const string TagsField = "tags";

    // Question text is weighted most: a match there is the user asking the question the entry answers.
    internal static readonly (string Field, float Boost)[] Fields =
        [(QuestionField, 1f), (TagsField, 0.4f), (AnswerField, 0.25f)];

    /// <summary>
    /// One SHOULD clause per concept and field, holding only the forms whose stems that field contains
    /// (<paramref name="fieldHas"/>): a term no document has cannot match, and every term costs a dictionary seek.
    /// </summary>
    public static Query Build(IReadOnlyList<Concept> concepts, Func<string, string, bool> fieldHas)
    {
        var query = new BooleanQuery();
        foreach (var (field, boost) in Fields)
        {
            foreach (var concept in concepts)
            {
                if (ConceptQuery(field, concept, fieldHas) is { } clause)
                {
                    clause.Boost *= boost;
                    query.Add(clause, Occur.SHOULD);
                }
            }
        }

        return query;
    }

    private static Query? ConceptQuery(string field, Concept concept, Func<string, string, bool> fieldHas)
    {
        var forms = concept.Forms.Where(f => f.Stems.All(s => fieldHas(field, s))).ToList();
        if (forms.Count <= 1)
        {
            return forms.Count == 0 ? null : FormQuery(field, forms[0]);
        }

        // Max, not sum: saying "kids" should not score three times because "children" and "minors" also exist.
        var max = new DisjunctionMaxQuery(0f);
        foreach (var form in forms)
        {
            max.Add(FormQuery(field, form));
        }

        return max;
    }

    internal static Query FormQuery(string field, TermForm form)
    {
        Query q;
        if (form.Stems.Length == 1)
        {
            q = new TermQuery(new Term(field, form.Stems[0]));
        }
        else
        {
            // Slop covers stop words removed between the words ("signs of trafficking").
            var phrase = new PhraseQuery { Slop = 2 };
            foreach (var stem in form.Stems)
            {
                phrase.Add(new Term(field, stem));
            }

            q = phrase;
        }

        q.Boost = form.Boost;
        return q;
    }
}

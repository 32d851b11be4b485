using Lucene.Net.Index;
using Lucene.Net.Search;

namespace AwarenessBot.Knowledge.Search;

/// <summary>Builds the Lucene query from concepts, in code: no query parser ever sees user text.</summary>
internal static class LuceneQueryBuilder
{
    public const string EntryField = "entry";
    public const string QuestionField = "question";
    public const string AnswerField = "answer";
    public const string TagsField = "tags";

    // Question text is weighted most: a match there is the user asking the question the entry answers.
    private static readonly (string Field, float Boost)[] Fields =
        [(QuestionField, 1f), (TagsField, 0.4f), (AnswerField, 0.25f)];

    public static Query Build(IReadOnlyList<Concept> concepts)
    {
        var query = new BooleanQuery();
        foreach (var concept in concepts)
        {
            foreach (var (field, boost) in Fields)
            {
                var clause = ConceptQuery(field, concept);
                clause.Boost *= boost;
                query.Add(clause, Occur.SHOULD);
            }
        }

        return query;
    }

    private static Query ConceptQuery(string field, Concept concept)
    {
        if (concept.Forms.Count == 1)
        {
            return FormQuery(field, concept.Forms[0]);
        }

        // Max, not sum: saying "kids" should not score three times because "children" and "minors" also exist.
        var max = new DisjunctionMaxQuery(0f);
        foreach (var form in concept.Forms)
        {
            max.Add(FormQuery(field, form));
        }

        return max;
    }

    private static Query FormQuery(string field, TermForm form)
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

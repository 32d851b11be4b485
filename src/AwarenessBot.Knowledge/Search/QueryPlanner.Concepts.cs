namespace AwarenessBot.Knowledge.Search;

/// <content>Which words name a topic, and which concepts a long message keeps.</content>
internal sealed partial class QueryPlanner
{
    // A long message ("so my neighbour's kid is 13 and lately... what are the signs") often asks its question last:
    // once the concepts are full, a topic or foreign word takes the place of an earlier word that names nothing.
    private static bool HasRoom(List<Concept> concepts, Concept concept)
    {
        if (concepts.Count < MaxConcepts)
        {
            return true;
        }

        if (!(concept.Topic || concept.Foreign))
        {
            return false;
        }

        for (var k = concepts.Count - 1; k >= 0; k--)
        {
            if (!(concepts[k].Topic || concepts[k].Foreign || concepts[k].Definition))
            {
                concepts.RemoveAt(k);
                return true;
            }
        }

        return false;
    }

    private static bool HasKey(List<Concept> concepts, string key)
    {
        foreach (var concept in concepts)
        {
            if (concept.Key == key)
            {
                return true;
            }
        }

        return false;
    }

    // An everyday word ("night", "nationwide") that no entry has and that reaches no entry through a synonym.
    // A one- or two-digit number is an age or a count ("my 15 yo", "12 year old"): it names no topic.
    private static bool NamesNoTopic(List<TermForm> forms, string surface) =>
        (CommonWords.Contains(surface) && !forms.Exists(f => f.Known)) || (surface.Length <= 2 && surface.All(char.IsAsciiDigit));

    private bool IsRole(List<TermForm> forms)
    {
        foreach (var form in forms)
        {
            if (_roles.Contains(form.Stems.Length == 1 ? form.Stems[0] : string.Join(' ', form.Stems)))
            {
                return true;
            }
        }

        return false;
    }
}

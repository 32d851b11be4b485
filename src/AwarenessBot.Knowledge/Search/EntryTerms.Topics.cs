namespace AwarenessBot.Knowledge.Search;

/// <content>Whether an entry is about what the message is about at all, before how well it matches.</content>
internal sealed partial class EntryTerms
{
    // An answer needs a topic in common: question words, low-information words and unknown words alone
    // ("what kind of dog") never make an entry a match, however many of them it shares.
    private bool CoversTopic(ReadOnlySpan<Concept> concepts)
    {
        for (var i = 0; i < concepts.Length; i++)
        {
            if (concepts[i].Topic)
            {
                var forms = concepts[i].Forms;
                for (var k = 0; k < forms.Length; k++)
                {
                    if (_strongSet.ContainsAll(forms[k].Ids))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    // How much more a word no entry has weighs when the message names nothing of the core subject.
    private const double NoCoreForeignFactor = 2;

    // A word no entry has that outweighs everything this entry shares with the message ("animal" against
    // "volunteer" in "volunteer at an animal shelter", "habits" against "examples") makes it a different question
    // that happens to share a word. Not when the entry gives the definition asked for ("what is sextortion"), nor
    // when the message names the knowledge base's core subject ("report trafficking in Texas").
    private bool OutweighedByForeignWords(ReadOnlySpan<Concept> concepts)
    {
        double shared = 0;
        double foreign = 0;
        var definition = false;
        var core = false;
        var anyCore = false;
        var comparison = false;
        foreach (var concept in concepts)
        {
            comparison |= concept.Comparison;
            var has = false;
            foreach (var form in concept.Forms)
            {
                has |= _strongSet.ContainsAll(form.Ids);
            }

            shared += has && (concept.Topic || concept.Definition) ? concept.Weight : 0;
            foreign += concept.Foreign && !has ? concept.Weight : 0;
            definition |= concept.Definition && has;
            core |= concept.Core && has;
            anyCore |= concept.Core;
        }

        // Without a word naming the subject ("trafficking"), the word no entry has is most likely what the message is
        // about ("report a spam account on instagram"): it counts twice against what the entry shares.
        foreign *= anyCore ? 1 : NoCoreForeignFactor;

        // A comparison with a word no entry has ("smuggling vs trafficking") is not answered by either side alone: neither
        // the definition asked for nor the core subject excuses the foreign word then.
        return foreign > shared && (comparison || (!(definition && shared > 0) && !core));
    }

    // An entry about one country does not answer a question about another ("is the uk number one for trafficking" and
    // the United States' rank): the message names a place, and not this entry's.
    private bool AboutAnotherPlace(ReadOnlySpan<Concept> concepts)
    {
        if (Place < 0)
        {
            return false;
        }

        var other = false;
        foreach (var concept in concepts)
        {
            if (concept.Place == Place)
            {
                return false;
            }

            other |= concept.Place >= 0;
        }

        return other;
    }
}

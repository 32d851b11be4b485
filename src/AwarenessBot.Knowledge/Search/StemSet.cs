namespace AwarenessBot.Knowledge.Search;

/// <summary>A set of stems as a bitset over vocabulary ids: a message checks thousands of (form, set) pairs.</summary>
internal readonly struct StemSet(ulong[] bits)
{
    public static StemSet Of(IEnumerable<string> stems, Vocabulary vocabulary)
    {
        var bits = new ulong[(vocabulary.StemCount + 63) / 64];
        foreach (var stem in stems)
        {
            var id = vocabulary.IdOf(stem);
            if (id >= 0)
            {
                bits[id >> 6] |= 1UL << id;
            }
        }

        return new StemSet(bits);
    }

    /// <summary>True when every id is in the set; an unknown stem (-1) is in no set.</summary>
    public bool ContainsAll(int[] ids)
    {
        foreach (var id in ids)
        {
            if (id < 0 || (bits[id >> 6] & (1UL << id)) == 0)
            {
                return false;
            }
        }

        return true;
    }
}

using System.Text;

namespace AwarenessBot.Conversation.Safety;

/// <summary>
/// Folds look-alike characters to plain lower-case letters: accented Latin letters ("é" → "e"), full-width
/// forms ("Ｈｅｌｐ"), circled and mathematical letters used to dodge filters.
/// </summary>
/// <remarks>
/// Done by table rather than <c>string.Normalize</c>: the apps run with InvariantGlobalization, where
/// Unicode normalisation is not available, and a lookup is also faster on the hot path.
/// </remarks>
internal static class CharFolding
{
    // U+00C0..U+024F folded to their base letter (generated from Unicode NFD; letters without one stay as they are).
    private const string Latin =
        "aaaaaa\u00E6ceeeeiiii\u00F0nooooo\u00D7\u00F8uuuuy\u00FE\u00DFaaaaaa\u00E6ceeeeiiii\u00F0nooooo\u00F7\u00F8uuuuy\u00FEyaaaaaaccccccccdd\u0111\u0111eeeeeeeeeegggggggghh\u0127\u0127iiiiiiiii\u0131\u0133\u0133jjkk\u0138llllll\u0140\u0140\u0142\u0142nnnnnn\u0149\u014B\u014Boooooo\u0153\u0153rrrrrrsssssssstttt\u0167\u0167uuuuuuuuuuuuwwyyyzzzzzz\u017F\u0180\u0253\u0183\u0183\u0185\u0185\u0254\u0188\u0188\u0256\u0257\u018C\u018C\u018D\u01DD\u0259\u025B\u0192\u0192\u0260\u0263\u0195\u0269\u0268\u0199\u0199\u019A\u019B\u026F\u0272\u019E\u0275oo\u01A3\u01A3\u01A5\u01A5\u0280\u01A8\u01A8\u0283\u01AA\u01AB\u01AD\u01AD\u0288uu\u028A\u028B\u01B4\u01B4\u01B6\u01B6\u0292\u01B9\u01B9\u01BA\u01BB\u01BD\u01BD\u01BE\u01BF\u01C0\u01C1\u01C2\u01C3\u01C6\u01C6\u01C6\u01C9\u01C9\u01C9\u01CC\u01CC\u01CCaaiioouuuuuuuuuu\u01DDaaaa\u01E3\u01E3\u01E5\u01E5ggkkoooo\u01EF\u01EFj\u01F3\u01F3\u01F3gg\u0195\u01BFnnaa\u01FD\u01FD\u01FF\u01FFaaaaeeeeiiiioooorrrruuuusstt\u021D\u021Dhh\u019E\u0221\u0223\u0223\u0225\u0225aaeeooooooooyy\u0234\u0235\u0236\u0237\u0238\u0239\u2C65\u023C\u023C\u019A\u2C66\u023F\u0240\u0242\u0242\u0180\u0289\u028C\u0247\u0247\u0249\u0249\u024B\u024B\u024D\u024D\u024F\u024F";

    public static Rune Fold(Rune rune)
    {
        var cp = rune.Value;
        return cp switch
        {
            < 0xC0 => rune,
            <= 0x24F => new Rune(Latin[cp - 0xC0]),
            >= 0xFF01 and <= 0xFF5E => new Rune(char.ToLowerInvariant((char)(cp - 0xFEE0))),
            0x3000 => new Rune(' '),
            >= 0x24B6 and <= 0x24CF => new Rune('a' + (cp - 0x24B6)),
            >= 0x24D0 and <= 0x24E9 => new Rune('a' + (cp - 0x24D0)),
            >= 0x1D400 and <= 0x1D6A3 => new Rune('a' + ((cp - 0x1D400) % 52 % 26)),
            >= 0x1D7CE and <= 0x1D7FF => new Rune('0' + ((cp - 0x1D7CE) % 10)),
            _ => rune,
        };
    }
}

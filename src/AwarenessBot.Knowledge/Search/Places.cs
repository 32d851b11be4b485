namespace AwarenessBot.Knowledge.Search;

/// <summary>
/// Countries and regions, each with the ways people name it ("the uk", "britain", "england"). A figure or a rank
/// about one country answers nothing about another: "is the uk number one for trafficking" is not answered by the
/// entry on the United States' rank, though it shares "number one" and "trafficking" with it (see
/// <see cref="EntryTerms"/>). Written as people write them; analyzed as user text. Names also used as everyday
/// words ("us", "english", "polish", "turkey", "jordan", "georgia") are left out.
/// </summary>
internal static class Places
{
    public static IReadOnlyList<string[]> Groups { get; } =
    [
        ["united states", "usa", "america", "american", "americans", "united states of america"],
        ["uk", "united kingdom", "britain", "great britain", "british", "england", "kingdom", "scotland", "scottish", "wales", "welsh"],
        ["ireland", "irish"],
        ["canada", "canadian", "canadians"],
        ["mexico", "mexican", "mexicans"],
        ["australia", "australian", "australians"],
        ["zealand"],
        ["india", "indian"],
        ["china", "chinese"],
        ["japan", "japanese"],
        ["philippines", "filipino", "filipina"],
        ["thailand", "thai"],
        ["cambodia", "cambodian"],
        ["vietnam", "vietnamese"],
        ["indonesia", "indonesian"],
        ["pakistan", "pakistani"],
        ["bangladesh"],
        ["nepal"],
        ["nigeria", "nigerian"],
        ["ghana"],
        ["kenya"],
        ["brazil", "brazilian"],
        ["colombia", "colombian"],
        ["venezuela"],
        ["guatemala"],
        ["honduras"],
        ["haiti"],
        ["france", "french"],
        ["germany", "german"],
        ["spain", "spanish"],
        ["italy", "italian"],
        ["netherlands", "dutch", "holland"],
        ["russia", "russian"],
        ["ukraine", "ukrainian"],
        ["romania", "romanian"],
        ["moldova"],
        ["albania"],
        ["poland"],
        ["sweden", "swedish"],
        ["norway"],
        ["europe", "european"],
        ["asia", "asian"],
        ["africa", "african"],
        ["latin"],
    ];
}

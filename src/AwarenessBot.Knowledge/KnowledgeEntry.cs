namespace AwarenessBot.Knowledge;

/// <summary>One curated answer, loaded from a Markdown file under <c>knowledge/entries/</c>.</summary>
/// <param name="Id">Stable id (kebab-case); what buttons and follow-ups refer to.</param>
/// <param name="Title">The question the entry answers, as a heading.</param>
/// <param name="Questions">Alternate questions, phrased the way people ask.</param>
/// <param name="Tags">Topic tags, searched with low weight.</param>
/// <param name="Answer">The answer in light Markdown (bold, links, bullet lists), short answer first.</param>
/// <param name="Source">Seed document file name or URL.</param>
/// <param name="SourceTitle">Human-readable name of the source, shown to users ("How to Help Combat Child Trafficking").</param>
/// <param name="FollowUps">Up to three entry ids offered after the answer.</param>
/// <param name="File">The file it came from, for error messages.</param>
public sealed record KnowledgeEntry(
    string Id,
    string Title,
    IReadOnlyList<string> Questions,
    IReadOnlyList<string> Tags,
    string Answer,
    string Source,
    string? SourceTitle,
    IReadOnlyList<string> FollowUps,
    string File);

namespace AwarenessBot.Conversation.Safety;

/// <summary>A short text in English and Spanish (Spanish falls back to English when missing).</summary>
internal sealed record LocalText(string En, string? Es)
{
    public string For(string language) => language == "es" && !string.IsNullOrEmpty(Es) ? Es : En;
}

/// <summary>A region's emergency number and what to do when you cannot speak.</summary>
internal sealed record RegionInfo(
    string Code,
    LocalText Name,
    IReadOnlyList<string> Countries,
    string? Emergency,
    LocalText? CannotSpeak);

/// <summary>A specialist line of a region, shown for the situations in <see cref="For"/>.</summary>
internal sealed record HotlineContact(
    string Id,
    string Region,
    SafetySituation For,
    LocalText Name,
    string? Phone,
    string? Dial,
    LocalText? Text,
    string? Url,
    LocalText? Note);

/// <summary>An organisation's own contact ("Tell your security desk, ext. 1234"), shown after the emergency number.</summary>
internal sealed record OrganisationContact(LocalText Text, string? Dial);

/// <summary>Everything the emergency reply draws on, from contacts.yaml and organisation-contacts.yaml.</summary>
internal sealed record SafetyContacts(
    IReadOnlyDictionary<string, RegionInfo> Regions,
    IReadOnlyList<HotlineContact> Lines,
    IReadOnlyList<OrganisationContact> Organisation)
{
    /// <summary>The region for a country code from a channel locale ("GB", "DE", "MX"), or null.</summary>
    public string? RegionForCountry(string country) =>
        Regions.Values.FirstOrDefault(r => r.Countries.Contains(country, StringComparer.OrdinalIgnoreCase))?.Code;
}

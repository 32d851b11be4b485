namespace AwarenessBot.Conversation.Safety;

/// <summary>Safety settings (section <c>AwarenessBot</c>).</summary>
public sealed class SafetyOptions
{
    /// <summary>Region when neither the user nor the locale says (US, CA, GB, EU, AU, MX, OTHER).</summary>
    public string DefaultRegion { get; set; } = "US";

    /// <summary>How long a conversation stays in safety mode after an emergency turn.</summary>
    public TimeSpan SafetyMode { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// The organisation's own contacts (section <c>AwarenessBot:OrganisationContacts</c>), shown after the
    /// emergency number and beside the public hotlines, never instead of them. Added to those in
    /// knowledge/safety/organisation-contacts.yaml.
    /// </summary>
    public IList<OrganisationContactOptions> OrganisationContacts { get; } = [];
}

/// <summary>One organisation contact, e.g. Text = "Tell your security desk: ext. 1234".</summary>
public sealed class OrganisationContactOptions
{
    public string Text { get; set; } = "";

    /// <summary>The Spanish text; the English one is used when empty.</summary>
    public string? TextEs { get; set; }

    /// <summary>A number to dial (for a call button), e.g. "+15551234567"; optional.</summary>
    public string? Dial { get; set; }
}

using AwarenessBot.Knowledge;

namespace AwarenessBot.Conversation.Safety;

/// <summary>The safety data of the knowledge folder: triage lexicon and patterns, emergency contacts by region.</summary>
public sealed class SafetyCatalog
{
    public const string Folder = "safety";
    public const string LexiconFile = "triage-lexicon.txt";
    public const string SpellingsFile = "spellings.txt";
    public const string ContactsFile = "contacts.yaml";
    public const string OrganisationFile = "organisation-contacts.yaml";

    private SafetyCatalog(SafetyLexicon lexicon, SafetyContacts contacts)
    {
        Lexicon = lexicon;
        Contacts = contacts;
        Triage = new SafetyTriage(lexicon);
    }

    /// <summary>A catalog from parts (tests use it to build broken ones).</summary>
    internal static SafetyCatalog Create(SafetyLexicon lexicon, SafetyContacts contacts) => new(lexicon, contacts);

    /// <summary>Triage over this catalog's lexicon (compiled once, at load).</summary>
    public ISafetyTriage Triage { get; }

    internal SafetyTriage TriageEngine => (SafetyTriage)Triage;

    internal SafetyLexicon Lexicon { get; }

    internal SafetyContacts Contacts { get; }

    /// <summary>What triage sees in a message, for lexicon editors (`awarenessbot explain`); never logged.</summary>
    public TriageExplanation Explain(string text)
    {
        var (normalized, groups) = TriageEngine.Explain(text);
        var analysis = TriageEngine.Analyse(text);
        return new TriageExplanation(normalized, groups, analysis.IsEmergency, analysis.Situations, analysis.IsAwarenessQuestion, analysis.IsConcern);
    }

    /// <summary>As <see cref="Load(string, DateTimeOffset)"/>, but a catalog whose only errors are failing examples is
    /// kept, so an editor can see what the patterns do while fixing them.</summary>
    public static (SafetyCatalog? Catalog, IReadOnlyList<KnowledgeProblem> Problems) LoadForEditing(string knowledgeDirectory, DateTimeOffset now) =>
        Load(knowledgeDirectory, now, keepOnExampleErrors: true);

    /// <summary>
    /// Loads and validates knowledge/safety/*. Errors (bad pattern, missing source or date, a failing
    /// example) return no catalog: the bot must not start on a broken safety net. Stale dates are warnings.
    /// </summary>
    public static (SafetyCatalog? Catalog, IReadOnlyList<KnowledgeProblem> Problems) Load(string knowledgeDirectory, DateTimeOffset now) =>
        Load(knowledgeDirectory, now, keepOnExampleErrors: false);

    /// <summary>As <see cref="Load(string, DateTimeOffset)"/>; <paramref name="keepOnExampleErrors"/> keeps a catalog whose
    /// only errors are failing examples, so tools can explain what the patterns do.</summary>
    internal static (SafetyCatalog? Catalog, IReadOnlyList<KnowledgeProblem> Problems) Load(string knowledgeDirectory, DateTimeOffset now, bool keepOnExampleErrors)
    {
        var problems = new List<KnowledgeProblem>();
        var folder = Path.Combine(knowledgeDirectory, Folder);
        foreach (var required in new[] { LexiconFile, SpellingsFile, ContactsFile })
        {
            if (!File.Exists(Path.Combine(folder, required)))
            {
                problems.Add(new KnowledgeProblem($"{Folder}/{required}", 0, "missing: the safety triage cannot run without it"));
            }
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        // The two files are independent; reading the contacts (YAML) beside the lexicon shortens every start.
        List<KnowledgeProblem> lexiconProblems = [], contactProblems = [];
        (SafetyLexicon? Lexicon, IReadOnlyList<LexiconExample> Examples) parsed = (null, []);
        SafetyContacts? contacts = null;
        Parallel.Invoke(
            () => parsed = LexiconParser.Parse(Path.Combine(folder, LexiconFile), Path.Combine(folder, SpellingsFile), lexiconProblems),
            () => contacts = ContactsParser.Parse(Path.Combine(folder, ContactsFile), Path.Combine(folder, OrganisationFile), now, contactProblems));
        problems.AddRange(lexiconProblems);
        problems.AddRange(contactProblems);
        var (lexicon, examples) = parsed;
        if (lexicon is null || contacts is null)
        {
            return (null, problems);
        }

        var catalog = new SafetyCatalog(lexicon, contacts);
        catalog.CheckExamples(examples, problems);
        catalog.CheckRegions(problems);
        return (problems.Any(p => p.Severity == ProblemSeverity.Error) && !keepOnExampleErrors ? null : catalog, problems);
    }

    private void CheckExamples(IReadOnlyList<LexiconExample> examples, List<KnowledgeProblem> problems)
    {
        foreach (var example in examples)
        {
            var file = example.File;
            if (example.MustMatch)
            {
                if (!Lexicon.GroupMatches(example.Family, Lexicon.Normalizer.Normalize(example.Text)))
                {
                    problems.Add(new KnowledgeProblem(file, example.Line, $"example is not caught by group `{example.Family.Name}`"));
                }
            }
            else if (WouldAlarm(example.Text))
            {
                problems.Add(new KnowledgeProblem(file, example.Line, "example marked `-` is treated as an emergency"));
            }
        }
    }

    // Group by group, with the interpreted per-group regexes: the verdict triage would reach, a little stricter (a
    // group counts wherever it matches), without spending ~100 ms of every start growing the linear-time automaton.
    private bool WouldAlarm(string text)
    {
        var normalized = Lexicon.Normalizer.Normalize(text);
        bool Fires(FamilyKind kind) => Lexicon.FamilyChecks.Keys.Any(f => f.Kind == kind && Lexicon.GroupMatches(f, normalized));
        return Fires(FamilyKind.Danger) || (Fires(FamilyKind.Weak) && !(Lexicon.Awareness?.IsMatch(normalized) ?? false));
    }

    private void CheckRegions(List<KnowledgeProblem> problems)
    {
        foreach (var (family, _) in Lexicon.Signals.Groups.Where(r => r.Family.Kind == FamilyKind.Region && !Contacts.Regions.ContainsKey(r.Family.Name)))
        {
            problems.Add(new KnowledgeProblem($"{Folder}/{LexiconFile}", 0, $"region `{family.Name}` has no entry in {ContactsFile}"));
        }
    }
}

/// <summary>The normalised text triage matched, the groups that matched it ("danger cant-leave", "near papers-held"),
/// and the verdict: emergency or not, its situations, whether the message reads as an awareness question, and whether a
/// fallback would point to the hotline first (<see cref="IsConcern"/>: a sign that did not count, or a [worry] group).</summary>
public sealed record TriageExplanation(string Normalized, IReadOnlyList<string> Groups, bool IsEmergency, SafetySituation Situations, bool IsAwarenessQuestion, bool IsConcern = false);

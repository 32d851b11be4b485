using System.Globalization;
using AwarenessBot.Knowledge;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AwarenessBot.Conversation.Safety;

/// <summary>
/// Reads contacts.yaml (regions and specialist lines, each with <c>source</c> and <c>verified</c>) and the
/// optional organisation-contacts.yaml. Missing source or date is an error; a date over a year old is a warning.
/// </summary>
internal static class ContactsParser
{
    private static readonly TimeSpan StaleAfter = TimeSpan.FromDays(365);

    public static SafetyContacts? Parse(string contactsPath, string? organisationPath, DateTimeOffset now, List<KnowledgeProblem> problems)
    {
        var reader = new Reader($"{SafetyCatalog.Folder}/{Path.GetFileName(contactsPath)}", problems);
        var root = reader.LoadRoot(contactsPath);
        if (root is null)
        {
            return null;
        }

        var regions = new Dictionary<string, RegionInfo>(StringComparer.OrdinalIgnoreCase);
        foreach (var node in reader.List(root, "regions"))
        {
            reader.Dated(node, now);
            var code = reader.Required(node, "code")?.ToUpperInvariant();
            var name = reader.Text(node, "name", required: true);
            if (code is not null && name is not null && !regions.TryAdd(code, new RegionInfo(
                    code, name, Reader.Strings(node, "countries"), Reader.Scalar(node, "emergency"), reader.Text(node, "cannotSpeak", required: false))))
            {
                reader.Problem(node, $"region `{code}` is listed twice");
            }
        }

        var lines = new List<HotlineContact>();
        foreach (var node in reader.List(root, "contacts"))
        {
            reader.Dated(node, now);
            var id = reader.Required(node, "id");
            var region = reader.Required(node, "region")?.ToUpperInvariant();
            var name = reader.Text(node, "name", required: true);
            if (region is not null && !regions.ContainsKey(region))
            {
                reader.Problem(node, $"unknown region `{region}`");
            }

            var phone = Reader.Scalar(node, "phone");
            var text = reader.Text(node, "text", required: false);
            var url = Reader.Scalar(node, "url");
            if (phone is null && text is null && url is null)
            {
                reader.Problem(node, "a contact needs a phone, text or url");
            }

            if (id is not null && region is not null && name is not null)
            {
                lines.Add(new HotlineContact(id, region, reader.Situations(node), name, phone, Reader.Scalar(node, "dial"), text, url, reader.Text(node, "note", required: false)));
            }
        }

        var organisation = organisationPath is not null && File.Exists(organisationPath)
            ? ParseOrganisation(organisationPath, problems)
            : [];
        return problems.Any(p => p.Severity == ProblemSeverity.Error) ? null : new SafetyContacts(regions, lines, organisation);
    }

    private static List<OrganisationContact> ParseOrganisation(string path, List<KnowledgeProblem> problems)
    {
        var reader = new Reader($"{SafetyCatalog.Folder}/{Path.GetFileName(path)}", problems);
        var root = reader.LoadRoot(path);
        var contacts = new List<OrganisationContact>();
        foreach (var node in root is null ? [] : reader.List(root, "contacts"))
        {
            if (reader.Text(node, "text", required: true) is { } text)
            {
                contacts.Add(new OrganisationContact(text, Reader.Scalar(node, "dial")));
            }
        }

        return contacts;
    }

    private sealed class Reader(string file, List<KnowledgeProblem> problems)
    {
        public void Problem(YamlNode node, string message, ProblemSeverity severity = ProblemSeverity.Error) =>
            problems.Add(new KnowledgeProblem(file, (int)node.Start.Line, message, severity));

        public YamlMappingNode? LoadRoot(string path)
        {
            try
            {
                using var text = File.OpenText(path);
                var stream = new YamlStream();
                stream.Load(text);
                if (stream.Documents.Count == 0)
                {
                    return new YamlMappingNode();
                }

                if (stream.Documents[0].RootNode is YamlMappingNode root)
                {
                    return root;
                }

                problems.Add(new KnowledgeProblem(file, 1, "the file must be a mapping (`regions:`, `contacts:`)"));
            }
            catch (YamlException ex)
            {
                problems.Add(new KnowledgeProblem(file, (int)ex.Start.Line, $"not valid YAML: {ex.Message}"));
            }

            return null;
        }

        public IEnumerable<YamlMappingNode> List(YamlMappingNode root, string key)
        {
            if (!root.Children.TryGetValue(key, out var node) || node is YamlScalarNode { Value: null or "" })
            {
                return [];
            }

            if (node is YamlSequenceNode sequence && sequence.All(n => n is YamlMappingNode))
            {
                return sequence.Cast<YamlMappingNode>();
            }

            Problem(node, $"`{key}` must be a list of entries");
            return [];
        }

        public static string? Scalar(YamlMappingNode node, string key) =>
            node.Children.TryGetValue(key, out var value) && value is YamlScalarNode { Value: { Length: > 0 } s } ? s.Trim() : null;

        public string? Required(YamlMappingNode node, string key)
        {
            var value = Scalar(node, key);
            if (value is null)
            {
                Problem(node, $"missing `{key}`");
            }

            return value;
        }

        public LocalText? Text(YamlMappingNode node, string key, bool required)
        {
            if (!node.Children.TryGetValue(key, out var value))
            {
                if (required)
                {
                    Problem(node, $"missing `{key}`");
                }

                return null;
            }

            if (value is YamlScalarNode { Value: { Length: > 0 } plain })
            {
                return new LocalText(plain, null);
            }

            if (value is YamlMappingNode map && Scalar(map, "en") is { } en)
            {
                return new LocalText(en, Scalar(map, "es"));
            }

            Problem(value, $"`{key}` needs an `en:` text (and `es:` for Spanish)");
            return null;
        }

        public static IReadOnlyList<string> Strings(YamlMappingNode node, string key) =>
            node.Children.TryGetValue(key, out var value) && value is YamlSequenceNode list
                ? [.. list.OfType<YamlScalarNode>().Select(s => s.Value ?? "").Where(s => s.Length > 0)]
                : [];

        public SafetySituation Situations(YamlMappingNode node)
        {
            var result = SafetySituation.None;
            foreach (var name in Strings(node, "for"))
            {
                if (Enum.TryParse<SafetySituation>(name, ignoreCase: true, out var situation))
                {
                    result |= situation;
                }
                else
                {
                    Problem(node, $"unknown situation `{name}` in `for`");
                }
            }

            return result;
        }

        public void Dated(YamlMappingNode node, DateTimeOffset now)
        {
            var source = Required(node, "source");
            if (source is not null && !source.StartsWith("https://", StringComparison.Ordinal) && !source.StartsWith("http://", StringComparison.Ordinal))
            {
                Problem(node, "`source` must be the URL the facts were checked against");
            }

            var verified = Required(node, "verified");
            if (verified is null)
            {
                return;
            }

            if (!DateOnly.TryParseExact(verified, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                Problem(node, "`verified` must be a date like 2026-11-20");
            }
            else if (now - new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) > StaleAfter)
            {
                Problem(node, $"verified {verified}, over a year ago: check the facts against the source and update the date", ProblemSeverity.Warning);
            }
        }
    }
}

using System.Text.RegularExpressions;

namespace AwarenessBot.Cli.TeamsPackage;

/// <summary>What `teams-package` was asked for, already validated.</summary>
internal sealed partial record TeamsPackageOptions(
    Guid AppId,
    Guid TeamsAppId,
    string OutputPath,
    string? Domain,
    string? ShortName,
    string? Version,
    string? WebsiteUrl,
    string? PrivacyUrl,
    string? TermsUrl,
    string? TemplateDirectory)
{
    public const string Usage =
        "usage: awarenessbot teams-package --app-id <guid> --out <file.zip> [--domain <host>] [--name <short name>]\n" +
        "         [--version <x.y.z>] [--teams-app-id <guid>] [--website-url <https url>] [--privacy-url <https url>]\n" +
        "         [--terms-url <https url>] [--template <folder with manifest.json, color.png, outline.png>]";

    private static readonly string[] Known =
    [
        "--app-id", "--out", "--domain", "--name", "--version", "--teams-app-id",
        "--website-url", "--privacy-url", "--terms-url", "--template",
    ];

    /// <summary>Parses the arguments after the command name; returns null and an error message when they are wrong.</summary>
    public static TeamsPackageOptions? Parse(IReadOnlyList<string> args, out string? problem)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (!Known.Contains(name, StringComparer.Ordinal))
            {
                problem = $"unknown option '{name}'";
                return null;
            }
            if (i + 1 >= args.Count || string.IsNullOrWhiteSpace(args[i + 1]))
            {
                problem = $"{name} needs a value";
                return null;
            }
            values[name] = args[++i].Trim();
        }

        problem = Check(values);
        if (problem is not null)
        {
            return null;
        }
        var appId = Guid.ParseExact(values["--app-id"], "D");
        return new TeamsPackageOptions(
            appId,
            values.TryGetValue("--teams-app-id", out var teamsId) ? Guid.ParseExact(teamsId, "D") : appId,
            values["--out"],
            values.GetValueOrDefault("--domain")?.ToLowerInvariant(),
            values.GetValueOrDefault("--name"),
            values.GetValueOrDefault("--version"),
            values.GetValueOrDefault("--website-url"),
            values.GetValueOrDefault("--privacy-url"),
            values.GetValueOrDefault("--terms-url"),
            values.GetValueOrDefault("--template"));
    }

    private static string? Check(Dictionary<string, string> values)
    {
        if (!values.TryGetValue("--app-id", out var appId) || !Guid.TryParseExact(appId, "D", out _))
        {
            return "--app-id must be the bot's app id, a GUID like 0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0";
        }
        if (values.TryGetValue("--teams-app-id", out var teamsId) && !Guid.TryParseExact(teamsId, "D", out _))
        {
            return "--teams-app-id must be a GUID";
        }
        if (!values.ContainsKey("--out"))
        {
            return "--out is required: the .zip file to write";
        }
        if (values.TryGetValue("--domain", out var domain) && Uri.CheckHostName(domain) != UriHostNameType.Dns)
        {
            return "--domain must be a host name such as awarenessbot-abc123.azurewebsites.net (no https://, no path)";
        }
        if (values.TryGetValue("--name", out var name) && name.Length > 30)
        {
            return "--name must be at most 30 characters (Teams' short name limit)";
        }
        if (values.TryGetValue("--version", out var version) && !SemVer().IsMatch(version))
        {
            return "--version must look like 1.2.3";
        }
        foreach (var url in new[] { "--website-url", "--privacy-url", "--terms-url" })
        {
            if (values.TryGetValue(url, out var value) && !IsHttps(value))
            {
                return $"{url} must be an absolute https:// URL";
            }
        }
        return null;
    }

    private static bool IsHttps(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps;

    // Teams wants a semver string; pre-release and build parts are not accepted by the admin center.
    [GeneratedRegex("^(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})$", RegexOptions.CultureInvariant)]
    private static partial Regex SemVer();
}

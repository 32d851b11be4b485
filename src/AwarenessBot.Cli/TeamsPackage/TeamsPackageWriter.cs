using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AwarenessBot.Cli.TeamsPackage;

/// <summary>Fills the manifest template and writes the zip a Teams admin uploads.</summary>
internal static class TeamsPackageWriter
{
    public const string ManifestFile = "manifest.json";
    public const string ColorIcon = "color.png";
    public const string OutlineIcon = "outline.png";

    // Placeholder host in the committed manifest: a package still pointing there needs the organisation's own pages.
    public const string PlaceholderHost = "awarenessbot.example.org";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static JsonObject FillManifest(JsonObject manifest, TeamsPackageOptions options)
    {
        manifest["id"] = options.TeamsAppId.ToString("D");
        if (manifest["bots"] is JsonArray { Count: > 0 } bots && bots[0] is JsonObject bot)
        {
            bot["botId"] = options.AppId.ToString("D");
        }
        if (options.ShortName is { } name)
        {
            manifest["name"]!["short"] = name;
        }
        if (options.Version is { } version)
        {
            manifest["version"] = version;
        }
        var developer = manifest["developer"]!.AsObject();
        var website = options.WebsiteUrl ?? (options.Domain is { } host ? $"https://{host}/" : null);
        SetIfGiven(developer, "websiteUrl", website);
        SetIfGiven(developer, "privacyUrl", options.PrivacyUrl);
        SetIfGiven(developer, "termsOfUseUrl", options.TermsUrl);
        if (options.Domain is { } domain)
        {
            var domains = manifest["validDomains"] as JsonArray ?? [];
            if (!domains.Any(d => string.Equals(d?.GetValue<string>(), domain, StringComparison.OrdinalIgnoreCase)))
            {
                domains.Add(domain);
            }
            manifest["validDomains"] = domains;
        }
        return manifest;
    }

    /// <summary>Developer URLs that still point at the placeholder host.</summary>
    public static IReadOnlyList<string> PlaceholderUrls(JsonObject manifest) =>
        manifest["developer"] is JsonObject developer
            ? [.. developer
                .Where(p => p.Value is JsonValue v && v.TryGetValue<string>(out var s) && s.Contains(PlaceholderHost, StringComparison.OrdinalIgnoreCase))
                .Select(p => p.Key)]
            : [];

    public static async Task WriteZipAsync(string templateDirectory, JsonObject manifest, string outputPath, CancellationToken cancellationToken)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(outputPath));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }
        // Written beside the target and moved into place, so a failure never leaves half a package behind.
        var temporary = outputPath + ".tmp";
        await using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 4096, useAsync: true))
        await using (var zip = new ZipArchive(file, ZipArchiveMode.Create))
        {
            var manifestEntry = zip.CreateEntry(ManifestFile, CompressionLevel.Optimal);
            await using (var stream = await manifestEntry.OpenAsync(cancellationToken))
            {
                await JsonSerializer.SerializeAsync(stream, manifest, Indented, cancellationToken);
            }
            foreach (var icon in new[] { ColorIcon, OutlineIcon })
            {
                var entry = zip.CreateEntry(icon, CompressionLevel.Optimal);
                await using var target = await entry.OpenAsync(cancellationToken);
                await using var source = File.OpenRead(Path.Combine(templateDirectory, icon));
                await source.CopyToAsync(target, cancellationToken);
            }
        }
        File.Move(temporary, outputPath, overwrite: true);
    }

    private static void SetIfGiven(JsonObject target, string property, string? value)
    {
        if (value is not null)
        {
            target[property] = value;
        }
    }
}

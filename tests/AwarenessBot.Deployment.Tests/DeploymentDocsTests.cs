using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AwarenessBot.Cli.TeamsPackage;

namespace AwarenessBot.Deployment.Tests;

// The READMEs are the deployment path an administrator follows; their commands must match the template and the CLI.
public sealed partial class DeploymentDocsTests
{
    public static TheoryData<string> Documents => new() { "README.md", "deploymentTemplates/README.md" };

    [Theory]
    [MemberData(nameof(Documents))]
    public void DeployCommands_InDocument_PassOnlyTemplateParameters(string document)
    {
        var declared = JsonNode.Parse(Repository.ReadText("deploymentTemplates", "main.json"))!["parameters"]!.AsObject();
        var commands = Commands(document).Where(c => c.StartsWith("az deployment group create", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(commands);
        foreach (var name in commands.SelectMany(c => Assignment().Matches(c)).Select(m => m.Groups[1].Value))
        {
            Assert.True(declared.ContainsKey(name), $"{document} passes '{name}', which main.bicep does not declare");
        }
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void TeamsPackageCommands_InDocument_UseOnlyKnownOptions(string document)
    {
        var commands = Commands(document).Where(c => c.Contains("teams-package", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(commands);
        foreach (var option in commands.SelectMany(c => Option().Matches(c[c.IndexOf("teams-package", StringComparison.Ordinal)..])))
        {
            Assert.Contains($"[{option.Value} ", TeamsPackageOptions.Usage + " [--app-id [--out ", StringComparison.Ordinal);
        }
    }

    [Fact]
    public void RootReadme_DeploySection_LinksTheDeploymentGuide()
    {
        Assert.Contains("](deploymentTemplates/README.md)", Repository.ReadText("README.md"), StringComparison.Ordinal);
    }

    // Shell commands from fenced bash blocks, with backslash-continued lines joined.
    private static IEnumerable<string> Commands(string document)
    {
        var text = Repository.ReadText(document.Split('/'));
        foreach (Match block in BashBlock().Matches(text))
        {
            var joined = Regex.Replace(block.Groups[1].Value, @"\\\n\s*", " ");
            foreach (var line in joined.Split('\n'))
            {
                yield return line.Trim();
            }
        }
    }

    [GeneratedRegex(@"```bash\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex BashBlock();

    [GeneratedRegex(@"(?<=\s)([a-z][A-Za-z]+)=")]
    private static partial Regex Assignment();

    [GeneratedRegex(@"--[a-z][a-z-]+")]
    private static partial Regex Option();
}

using AwarenessBot.Conversation.Hosting;
using AwarenessBot.Protocol;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AwarenessBot.Conversation.Tests.Hosting;

public sealed class AwarenessBotCoreTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("awarenessbot-core-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static ServiceProvider Build(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddLogging()
            .AddAwarenessBotCore(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider();

    [Fact]
    public void AddAwarenessBotCore_KnowledgeWithErrors_RefusesWithEveryFileLineProblem()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "entries"));
        File.WriteAllText(Path.Combine(_directory, "entries", "half.md"), "---\nid: half\n---\n");
        using var services = Build(new() { ["AwarenessBot:Knowledge"] = _directory });

        var error = Assert.Throws<KnowledgeLoadException>(() => services.GetRequiredService<IBot>());

        Assert.NotEmpty(error.Errors);
        Assert.Contains("half.md:", error.Message, StringComparison.Ordinal);
        Assert.All(error.Errors, e => Assert.Contains($"{e.File}:{e.Line}: ", error.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void AddAwarenessBotCore_MissingFolder_RefusesNamingTheFolder()
    {
        var missing = Path.Combine(_directory, "nowhere");
        using var services = Build(new() { ["AwarenessBot:Knowledge"] = missing });

        var error = Assert.Throws<KnowledgeLoadException>(() => services.GetRequiredService<IBot>());

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddAwarenessBotCore_UnknownDefaultRegion_FailsValidation()
    {
        using var services = Build(new() { ["AwarenessBot:DefaultRegion"] = "Atlantis" });

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<AwarenessBotOptions>>().Value);
    }

    [Fact]
    public void KnowledgeFolder_Configured_ResolvesToFullPath() =>
        Assert.Equal(Path.GetFullPath("some/knowledge"), KnowledgeFolder.Resolve("some/knowledge"));
}

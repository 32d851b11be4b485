namespace AwarenessBot.Conversation.Tests.Safety;

public sealed class SharedSpecFactAttributeTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("awarenessbot-spec-").FullName;

    [Fact]
    public void SkipReason_NoVariableAndNoSharedFolder_ExplainsTheSkip()
    {
        var repository = Directory.CreateDirectory(Path.Combine(_root, "repo")).FullName;

        var reason = SharedSpecFactAttribute.SkipReason(null, repository);

        Assert.Contains("AWARENESSBOT_SHARED", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void SkipReason_SharedFolderBesideRepository_Runs()
    {
        var repository = Directory.CreateDirectory(Path.Combine(_root, "repo")).FullName;
        Directory.CreateDirectory(Path.Combine(_root, "shared"));

        Assert.Null(SharedSpecFactAttribute.SkipReason(null, repository));
    }

    [Fact]
    public void SkipReason_VariableSetEvenToAMissingFolder_Runs()
    {
        // Configured but wrong must fail loudly in the test itself, never turn into a skip.
        Assert.Null(SharedSpecFactAttribute.SkipReason(Path.Combine(_root, "nowhere"), Path.Combine(_root, "repo")));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}

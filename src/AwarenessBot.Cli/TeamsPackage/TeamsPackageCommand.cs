namespace AwarenessBot.Cli.TeamsPackage;

/// <summary>`awarenessbot teams-package --app-id GUID --out FILE.zip`: writes the Teams app package.</summary>
internal static class TeamsPackageCommand
{
    // STUB: replaced by the deployment work. Returns the process exit code.
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        error.WriteLine("teams-package is not implemented yet");
        return Task.FromResult(2);
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace AwarenessBot.Web.Tests.Scale;

/// <summary>A fact that is skipped, saying why, when <c>redis-server</c> is not installed.</summary>
public sealed class RedisFactAttribute : FactAttribute
{
    public RedisFactAttribute()
    {
        if (RedisServer.Executable is null)
        {
            Skip = RedisServer.NotInstalled;
        }
    }
}

/// <summary>
/// A throwaway <c>redis-server</c> on a free loopback port, without persistence, stopped with the fixture.
/// Tests using it are <see cref="RedisFactAttribute"/>s, skipped when the Debian package is not installed.
/// </summary>
public sealed class RedisServer : IAsyncLifetime
{
    private Process? _process;

    public const string NotInstalled = "redis-server is not installed (apt-get install -y redis-server; .ci/run installs it).";

    public static string? Executable { get; } = new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" }.FirstOrDefault(File.Exists);

    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        if (Executable is not { } executable)
        {
            return;
        }

        var port = FreePort();
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1",
                     "--save", "", "--appendonly", "no", "--protected-mode", "yes" })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");
        // Ready when it says so on stdout; bounded, so a broken install fails the test instead of hanging it.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (await _process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.Contains("Ready to accept connections", StringComparison.Ordinal))
            {
                ConnectionString = $"127.0.0.1:{port}";
                _ = _process.StandardOutput.ReadToEndAsync(CancellationToken.None);
                return;
            }
        }

        throw new InvalidOperationException("redis-server exited before accepting connections.");
    }

    public async Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

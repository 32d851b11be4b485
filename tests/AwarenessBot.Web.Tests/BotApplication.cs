using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AwarenessBot.Web.Tests;

/// <summary>
/// The app under test on real Kestrel at a free loopback port, with settings layered over appsettings
/// (as environment variables would be) and test services registered last. The only host the tests use.
/// </summary>
public sealed class BotApplication : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;
    private readonly Lazy<HttpClient> _http;

    public BotApplication(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        _settings = settings ?? new Dictionary<string, string?>();
        _services = services;
        _http = new(() => new HttpClient { BaseAddress = BaseAddress });
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>The server's base address (starts it on first use).</summary>
    public Uri BaseAddress
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
            return new Uri(addresses.Addresses.First());
        }
    }

    /// <summary>A client that really goes over the loopback socket; the app disposes it.</summary>
    public HttpClient Http => _http.Value;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(_settings));
        // Also as host settings: Program.cs reads some (e.g. Telemetry:PrometheusEndpoint) while the app is being
        // built, before the app configuration above is applied.
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(services => _services?.Invoke(services));
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && _http.IsValueCreated)
        {
            _http.Value.Dispose();
        }

        base.Dispose(disposing);
    }
}

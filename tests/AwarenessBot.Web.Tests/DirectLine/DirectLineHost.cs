using System.Net.Http.Json;
using AwarenessBot.Protocol;
using AwarenessBot.Protocol.DirectLine;
using AwarenessBot.Protocol.Models;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace AwarenessBot.Web.Tests.DirectLine;

/// <summary>
/// The real web host on Kestrel (loopback, a free port) with a manual clock and, unless told
/// otherwise, <see cref="TestBot"/> as the bot. Until the shared BotApplication lands, this is
/// the Direct Line tests' own host.
/// </summary>
public sealed class DirectLineHost : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly bool _realBot;

    public DirectLineHost(Dictionary<string, string?>? settings = null, bool realBot = false)
    {
        _settings = settings ?? [];
        _realBot = realBot;
        UseKestrel();
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseUrl = new Uri(addresses.Addresses.First());
        Http = new HttpClient { BaseAddress = BaseUrl };
    }

    public ManualTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);

    public Uri BaseUrl { get; }

    public HttpClient Http { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseUrls("http://127.0.0.1:0");
        builder.UseSetting("DirectLine:Secret", "");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Time);
            if (!_realBot)
            {
                services.AddSingleton<IBot, TestBot>();
            }
        });
    }

    public async Task<DirectLineToken> PageTokenAsync()
    {
        using var response = await Http.PostAsync(new Uri("/api/directline/token", UriKind.Relative), null);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<DirectLineToken>(ProtocolJson.Options))!;
    }

    public HttpRequestMessage Request(HttpMethod method, string path, string? token, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = content };
        if (token is not null)
        {
            request.Headers.Authorization = new("Bearer", token);
        }

        return request;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Http.Dispose();
        }

        base.Dispose(disposing);
    }
}

/// <summary>A clock the test moves by hand (token and conversation expiry).</summary>
public sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}

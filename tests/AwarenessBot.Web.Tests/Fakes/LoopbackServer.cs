using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AwarenessBot.Web.Tests.Fakes;

/// <summary>A minimal Kestrel app on a free loopback port, for the stand-ins of the outside services.</summary>
public sealed class LoopbackServer(WebApplication app, Uri baseAddress) : IAsyncDisposable
{
    /// <summary>Always ends with a slash, as channels send <c>serviceUrl</c>.</summary>
    public Uri BaseAddress { get; } = baseAddress;

    public static async Task<LoopbackServer> StartAsync(Action<WebApplication> map)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        map(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new LoopbackServer(app, new Uri(address.TrimEnd('/') + "/"));
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();
}

using System.Net;
using AwarenessBot.Knowledge;
using Microsoft.Extensions.DependencyInjection;

namespace AwarenessBot.Web.Tests.Operations;

public sealed class HealthTests
{
    [Fact]
    public async Task HealthAndReady_KnowledgeLoaded_Return200()
    {
        await using var app = new BotApplication();
        var client = app.Http;

        using var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        using var ready = await client.GetAsync(new Uri("/readyz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    [Fact]
    public async Task Ready_ServedIndexEmpty_Returns503WhileHealthStays200()
    {
        await using var app = new BotApplication(services: s => s.AddSingleton<IKnowledgeSearch, EmptySearch>());
        var client = app.Http;

        using var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        using var ready = await client.GetAsync(new Uri("/readyz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
    }

    private sealed class EmptySearch : IKnowledgeSearch
    {
        public IReadOnlyList<KnowledgeEntry> Entries => [];

        public SearchDecision Decide(string text) => SearchDecision.None;

        public KnowledgeEntry? FindById(string id) => null;
    }
}

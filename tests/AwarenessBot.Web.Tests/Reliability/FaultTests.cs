using System.Net;
using AwarenessBot.Conversation.Hosting;
using AwarenessBot.Conversation.State;
using AwarenessBot.Knowledge;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;

namespace AwarenessBot.Web.Tests.Reliability;

/// <summary>Faults inside the bot: the index, the state store, the knowledge folder.</summary>
public sealed class FaultTests
{
    private const string Hotline = "1-888-373-7888";
    private const string Awareness = "what is human trafficking";
    private const string Danger = "they took my passport and won't let me leave";

    [Fact]
    public async Task Turn_IndexThrowsAtSearch_ReplyCarriesEmergencyContacts()
    {
        await using var app = new BotApplication(services: services => services.AddSingleton<IKnowledgeSearch>(
            sp => new ThrowingKnowledgeSearch(sp.GetRequiredService<KnowledgeHolder>().Current.Knowledge.Search)));
        var client = app.Http;

        var answer = await client.AskAsync(Awareness);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Contains("911", answer.Text, StringComparison.Ordinal);
        Assert.Contains(Hotline, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cache")]
    [InlineData("store")]
    public async Task Turn_StateStoreUnavailable_AwarenessStillAnsweredAndDangerStillEmergency(string broken)
    {
        await using var app = new BotApplication(services: services =>
        {
            if (broken == "cache")
            {
                services.AddSingleton<IDistributedCache, UnavailableCache>();
            }
            else
            {
                services.AddSingleton<IConversationStateStore, UnavailableStateStore>();
            }
        });
        var client = app.Http;

        var awareness = await client.AskAsync(Awareness);
        var danger = await client.AskAsync(Danger);

        Assert.Equal(HttpStatusCode.OK, awareness.Status);
        Assert.False(awareness.IsEmergency, awareness.Body);
        Assert.Contains("trafficking", awareness.Text, StringComparison.OrdinalIgnoreCase);
        Assert.True(danger.IsEmergency, danger.Body);
        Assert.Contains("911", danger.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Startup_MalformedKnowledgeEdit_RefusesToStartNamingFileAndLine()
    {
        using var knowledge = new KnowledgeCopy();
        var entry = knowledge.PathOf(Path.Combine("entries", "how-to-help.md"));
        File.WriteAllText(entry, File.ReadAllText(entry).Replace("title: How can I help", "title: [How can I help", StringComparison.Ordinal));
        using var app = new BotApplication(new Dictionary<string, string?> { ["AwarenessBot:Knowledge"] = knowledge.Directory });

        var error = Assert.ThrowsAny<Exception>(() => app.BaseAddress);

        var refusal = Assert.IsType<KnowledgeLoadException>(error.GetBaseException());
        Assert.Matches(@"how-to-help\.md:[1-9]\d*: ", refusal.Message);
    }
}

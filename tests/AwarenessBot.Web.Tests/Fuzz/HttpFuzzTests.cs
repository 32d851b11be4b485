using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using AwarenessBot.Fuzzing;
using AwarenessBot.Protocol.DirectLine;
using AwarenessBot.Protocol.Models;
using CsCheck;
using Xunit.Abstractions;

namespace AwarenessBot.Web.Tests.Fuzz;

/// <summary>Random bodies over real loopback HTTP to /api/messages and the embedded Direct Line: never a 5xx.</summary>
public sealed class HttpFuzzTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const long MessagesInputs = 2_000;
    private const long DirectLineInputs = 2_000;
    private static readonly string[] ContentTypes = ["application/json", "application/json; charset=utf-8", "text/plain", "application/activity+json"];

    private static readonly Dictionary<string, string?> Settings = new()
    {
        // Accepted activities point at a closed loopback port: delivery fails fast, once.
        ["BotFramework:Connector:MaxRetries"] = "0",
        ["BotFramework:Connector:AttemptTimeout"] = "00:00:01",
        ["DirectLine:ConversationRequestsPerMinute"] = "100000",
        ["DirectLine:TokenRequestsPerMinute"] = "1000",
        ["AwarenessBot:HotReload"] = "false",
    };

    private BotApplication App { get; set; } = null!;

    private HttpClient Client { get; set; } = null!;

    public Task InitializeAsync()
    {
        App = new BotApplication(Settings);
        Client = App.Http;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
    }

    [Fact]
    public async Task PostMessages_RandomBodies_NeverA5xx()
    {
        var statuses = new System.Collections.Concurrent.ConcurrentDictionary<int, long>();

        await Gen.Select(FuzzGen.Body, Gen.OneOf(ContentTypes)).SampleAsync(async (body, contentType) =>
        {
            using var content = new StringContent(body, Encoding.UTF8);
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
            using var response = await Client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);

            Assert.InRange((int)response.StatusCode, 200, 499);
            statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
        }, iter: MessagesInputs, threads: 4);

        output.WriteLine($"/api/messages: {statuses.Values.Sum():N0} requests; " + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value:N0}")));
        Assert.Equal(MessagesInputs, statuses.Values.Sum());
    }

    [Fact]
    public async Task DirectLinePostActivity_RandomBodies_NeverA5xx()
    {
        var statuses = new Dictionary<int, long>();
        DirectLineToken? token = null;
        var posted = 0;

        await FuzzGen.Body.SampleAsync(async body =>
        {
            // A fresh conversation now and then, so the per-conversation activity cap is not all we test.
            if (token is null || ++posted % 300 == 0)
            {
                using var issued = await Client.PostAsync(new Uri("/api/directline/token", UriKind.Relative), null);
                token = await issued.Content.ReadFromJsonAsync<DirectLineToken>(ProtocolJson.Options);
            }

            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/v3/directline/conversations/{token!.ConversationId}/activities", UriKind.Relative))
            {
                Content = new StringContent(body, Encoding.UTF8, "application/json"),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
            using var response = await Client.SendAsync(request);

            Assert.InRange((int)response.StatusCode, 200, 499);
            statuses[(int)response.StatusCode] = statuses.GetValueOrDefault((int)response.StatusCode) + 1;
        }, iter: DirectLineInputs, threads: 1);

        output.WriteLine($"Direct Line: {statuses.Values.Sum():N0} requests; " + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value:N0}")));
        Assert.Equal(DirectLineInputs, statuses.Values.Sum());
    }
}

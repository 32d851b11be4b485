using System.Net;
using AwarenessBot.Protocol;
using AwarenessBot.Web.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using static AwarenessBot.Web.Tests.Fakes.TokenIssuer;

namespace AwarenessBot.Web.Tests.Authentication;

/// <summary>IDENTITY_ENDPOINT/IDENTITY_HEADER are process-wide: these tests run alone.</summary>
[CollectionDefinition(nameof(ManagedIdentityCollection), DisableParallelization = true)]
public sealed class ManagedIdentityCollection;

[Collection(nameof(ManagedIdentityCollection))]
public sealed class ManagedIdentityTests
{
    private const string AppId = "4c7e2a91-6d3b-4f80-a5e2-9b1c0d7f3e64";

    [Fact]
    public async Task PostMessages_UserAssignedMsi_ReplyCarriesManagedIdentityTokenFetchedOnce()
    {
        await using var connector = new AsyncFixture<RecordingConnector>(new RecordingConnector());
        await using var issuer = new AsyncFixture<TokenIssuer>(new TokenIssuer());
        await connector.InitializeAsync();
        await issuer.InitializeAsync();
        Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", issuer.Value.IdentityEndpoint.AbsoluteUri);
        Environment.SetEnvironmentVariable("IDENTITY_HEADER", IdentityHeader);
        try
        {
            await using var app = new BotApplication(
                new Dictionary<string, string?>
                {
                    ["MicrosoftAppType"] = "UserAssignedMSI",
                    ["MicrosoftAppId"] = AppId,
                    ["MicrosoftAppTenantId"] = "7b2f9e40-1c8d-4a63-b5f7-0e9d2c4a6b81",
                    ["ToBotFromChannelOpenIdMetadataUrl"] = issuer.Value.ChannelMetadataUrl.AbsoluteUri,
                    ["ToBotFromEmulatorOpenIdMetadataUrl"] = issuer.Value.EntraMetadataUrl.AbsoluteUri,
                },
                services => services.AddSingleton<IBot>(new TestBot()));
            var client = app.Http;
            var service = connector.Value.ServiceUrl;

            foreach (var _ in Enumerable.Range(0, 2))
            {
                var inbound = TestActivities.Message(service);
                var response = await client.PostAsync(inbound, "Bearer " + Mint(ChannelClaims(AppId, service.AbsoluteUri), issuer.Value.MainKey));

                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                var sent = Assert.Single(connector.Value.For(inbound.Conversation!.Id!));
                Assert.Equal("Bearer " + issuer.Value.MsiToken, sent.Authorization);
            }
            Assert.Equal(1, issuer.Value.MsiCalls);
        }
        finally
        {
            Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", null);
            Environment.SetEnvironmentVariable("IDENTITY_HEADER", null);
        }
    }

    private sealed class AsyncFixture<T>(T value) : IAsyncDisposable where T : IAsyncLifetime
    {
        public T Value { get; } = value;

        public Task InitializeAsync() => Value.InitializeAsync();

        public async ValueTask DisposeAsync()
        {
            await Value.DisposeAsync();
            (Value as IDisposable)?.Dispose();
        }
    }
}

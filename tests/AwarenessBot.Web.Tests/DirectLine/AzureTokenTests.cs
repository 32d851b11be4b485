using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using static AwarenessBot.Web.Tests.DirectLine.DirectLineTestExtensions;

namespace AwarenessBot.Web.Tests.DirectLine;

public sealed class AzureTokenTests
{
    [Fact]
    public async Task PageToken_WithSecret_ExchangesItAtAzureAndNeverReturnsIt()
    {
        // Arrange: a loopback stand-in for Azure Direct Line's tokens/generate.
        string? seenAuth = null;
        string? seenUser = null;
        var azure = WebApplication.CreateSlimBuilder();
        azure.WebHost.UseUrls("http://127.0.0.1:0");
        await using var stand = azure.Build();
        stand.MapPost("/v3/directline/tokens/generate", async (HttpRequest request) =>
        {
            seenAuth = request.Headers.Authorization.ToString();
            seenUser = (await JsonDocument.ParseAsync(request.Body)).RootElement.GetProperty("user").GetProperty("id").GetString();
            return Results.Json(new { conversationId = "azure-conv", token = "azure-token", expires_in = 1800 });
        });
        await stand.StartAsync();
        var azureBase = stand.Urls.First() + "/v3/directline";
        using var host = DirectLineApp(new() { ["DirectLine:Secret"] = "s3cret-value", ["DirectLine:AzureBaseUrl"] = azureBase });

        // Act
        using var response = await host.Http.PostAsync(new Uri("/api/directline/token", UriKind.Relative), null);
        var body = await response.Content.ReadAsStringAsync();

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Bearer s3cret-value", seenAuth);
        Assert.StartsWith("dl_", seenUser, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", body, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(body);
        Assert.Equal("azure-token", json.RootElement.GetProperty("token").GetString());
        Assert.Equal(azureBase, json.RootElement.GetProperty("domain").GetString());
        await stand.StopAsync();
    }
}

using System.Text.Json;

namespace AwarenessBot.Cli.Tests;

public sealed class AskCommandTests
{
    private static JsonElement[] Objects(CliRun run)
    {
        Assert.True(run.ExitCode == 0, run.Error);
        return run.Lines.Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToArray();
    }

    [Fact]
    public async Task Ask_Json_OneObjectPerLineWithTheContractFields()
    {
        var run = await CliRunner.RunAsync("what is human trafficking\r\nhi\nqwxz blorp zzkv vrrm\n", "ask", "--json");

        Assert.Equal(0, run.ExitCode);
        var objects = Objects(run);
        Assert.Equal(3, objects.Length);
        Assert.All(objects, o => Assert.Equal(["input", "route", "entryId", "confidence", "text"], o.EnumerateObject().Select(p => p.Name)));
        Assert.Equal("what is human trafficking", objects[0].GetProperty("input").GetString());
        Assert.Equal("answer", objects[0].GetProperty("route").GetString());
        Assert.Equal("what-is-human-trafficking", objects[0].GetProperty("entryId").GetString());
        Assert.InRange(objects[0].GetProperty("confidence").GetDouble(), 0.0, 1.0);
        Assert.Contains("coercion", objects[0].GetProperty("text").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("smalltalk", objects[1].GetProperty("route").GetString());
        Assert.Equal(JsonValueKind.Null, objects[1].GetProperty("entryId").ValueKind);
        Assert.Equal("fallback", objects[2].GetProperty("route").GetString());
        Assert.Equal(JsonValueKind.Null, objects[2].GetProperty("entryId").ValueKind);
    }

    [Fact]
    public async Task Ask_DangerMessage_EmergencyRouteWithNumbersInText()
    {
        var run = await CliRunner.RunAsync("he locked me in the room and took my phone\n", "ask", "--json");

        var line = Assert.Single(Objects(run));
        Assert.Equal("emergency", line.GetProperty("route").GetString());
        Assert.Contains("911", line.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_Messenger_TextIsPlainWithoutMarkdown()
    {
        var run = await CliRunner.RunAsync("what is human trafficking\n", "ask", "--json", "--channel", "facebook");

        var text = Assert.Single(Objects(run)).GetProperty("text").GetString()!;
        Assert.DoesNotContain("**", text, StringComparison.Ordinal);
        Assert.DoesNotContain("](", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_TextIsOneLineWithButtonTitles()
    {
        var run = await CliRunner.RunAsync("what is human trafficking\n", "ask", "--json");

        var text = Assert.Single(Objects(run)).GetProperty("text").GetString()!;
        Assert.DoesNotContain('\n', text);
        Assert.Contains("Source:", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ask")]
    [InlineData("ask", "--json", "--channel", "carrierpigeon")]
    [InlineData("ask", "--json", "--locale")]
    [InlineData("frobnicate")]
    public async Task Run_BadArguments_ExitsWithUsageCode(params string[] args)
    {
        var run = await CliRunner.RunAsync(string.Empty, args);

        Assert.Equal(2, run.ExitCode);
        Assert.NotEmpty(run.Error);
        Assert.Empty(run.Output);
    }
}

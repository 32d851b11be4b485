using System.Text.Json;
using AwarenessBot.Fuzzing;
using AwarenessBot.Protocol.Hosting;
using AwarenessBot.Protocol.Models;
using CsCheck;
using Microsoft.AspNetCore.Http;
using Xunit.Abstractions;

namespace AwarenessBot.Protocol.Tests.Fuzz;

/// <summary>The activity reader under random JSON shapes, wrong types, Unicode, huge strings and junk.</summary>
public sealed class ActivityReaderFuzzTests(ITestOutputHelper output)
{
    private const long ParseInputs = 60_000;
    private const long ReadInputs = 5_000;

    [Fact]
    public void Parse_RandomBodies_ActivityWithTypeOr400NeverAnException()
    {
        long parsed = 0, refused = 0;

        FuzzGen.Body.Sample(body =>
        {
            var result = ActivityReader.Parse(FuzzGen.Utf8(body));
            if (result.Activity is { } activity)
            {
                Assert.False(string.IsNullOrEmpty(activity.Type));
                Assert.Equal(StatusCodes.Status200OK, result.StatusCode);
                // What the bot does next with an accepted activity must not throw either.
                _ = JsonSerializer.SerializeToUtf8Bytes(activity, ProtocolJson.Options);
                _ = activity.CreateReply();
                Interlocked.Increment(ref parsed);
            }
            else
            {
                Assert.Equal(StatusCodes.Status400BadRequest, result.StatusCode);
                Assert.False(string.IsNullOrEmpty(result.Problem));
                Interlocked.Increment(ref refused);
            }
        }, iter: ParseInputs);

        output.WriteLine($"Activity parser: {parsed + refused:N0} inputs ({parsed:N0} activities, {refused:N0} refused with 400)");
        Assert.Equal(ParseInputs, parsed + refused);
        Assert.True(parsed > 0 && refused > 0, "the generator must reach both paths");
    }

    [Fact]
    public async Task ReadAsync_RandomBodiesAndDeclaredLengths_OnlyDefinedStatuses()
    {
        long count = 0;

        await FuzzGen.Body.Select(Gen.Int[0, 3]).SampleAsync(async (body, lengthMode) =>
        {
            var bytes = FuzzGen.Utf8(body);
            var context = new DefaultHttpContext();
            context.Request.Body = new MemoryStream(bytes);
            // The declared length may be right, missing, or claim more than the limit.
            context.Request.ContentLength = lengthMode switch { 0 => bytes.Length, 1 => null, _ => ActivityReader.MaxBodyBytes + 1L };

            var result = await ActivityReader.ReadAsync(context.Request, CancellationToken.None);

            Assert.Contains(result.StatusCode, new[] { 200, 400, 413 });
            Assert.Equal(result.StatusCode == 200, result.Activity is not null);
            Interlocked.Increment(ref count);
        }, iter: ReadInputs);

        output.WriteLine($"Activity reader over a request body: {count:N0} inputs");
        Assert.Equal(ReadInputs, count);
    }
}

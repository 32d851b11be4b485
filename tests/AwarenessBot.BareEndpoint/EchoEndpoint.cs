using System.Text.Json;
using System.Text.Json.Serialization;
using AwarenessBot.Protocol.Models;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AwarenessBot.BareEndpoint;

/// <summary>Registers the echo Connector client and maps <c>POST /api/messages</c>.</summary>
internal static class EchoEndpoint
{
    public static WebApplicationBuilder AddEchoConnector(this WebApplicationBuilder builder)
    {
        // A typed client over the factory's pooled handlers, as the bot's Connector client is.
        builder.Services.AddHttpClient<EchoConnector>(client => client.Timeout = TimeSpan.FromSeconds(10));
        builder.Services.ConfigureHttpJsonOptions(options =>
            options.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull);
        return builder;
    }

    public static IEndpointRouteBuilder MapEchoMessages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/messages", HandleAsync);
        return endpoints;
    }

    private static async Task<Results<Ok, Ok<ExpectedReplies>, BadRequest, StatusCodeHttpResult>> HandleAsync(
        HttpRequest request, EchoConnector connector, CancellationToken cancellationToken)
    {
        Activity? activity;
        try
        {
            activity = await JsonSerializer.DeserializeAsync<Activity>(request.Body, ProtocolJson.Options, cancellationToken);
        }
        catch (JsonException)
        {
            return TypedResults.BadRequest();
        }

        if (activity?.Type is null)
        {
            return TypedResults.BadRequest();
        }

        if (activity.Type != ActivityTypes.Message)
        {
            return TypedResults.Ok();
        }

        var reply = activity.CreateReply();
        reply.Text = activity.Text;

        // The bot answers expectReplies in the body too; the cold-start probe relies on it.
        if (activity.DeliveryMode == DeliveryModes.ExpectReplies)
        {
            return TypedResults.Ok(new ExpectedReplies { Activities = [reply] });
        }

        if (EchoConnector.LoopbackServiceUrl(activity.ServiceUrl) is not { } serviceUrl)
        {
            return TypedResults.BadRequest();
        }

        var delivered = await connector.ReplyAsync(serviceUrl, reply, cancellationToken);
        return delivered ? TypedResults.Ok() : TypedResults.StatusCode(StatusCodes.Status502BadGateway);
    }
}

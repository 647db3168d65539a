using Verkostot.Bot.Authentication;
using Verkostot.Bot.Protocol.Inbound;
using Verkostot.Bot.Protocol.Routing;

namespace Verkostot.Bot.Protocol;

/// <summary>POST /api/messages: where the Bot Connector (or the Agents Playground) delivers activities.</summary>
public static class MessagesEndpoint
{
    public const string Path = "/api/messages";

    public static IEndpointRouteBuilder MapMessages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, HandleAsync).DisableAntiforgery().RequireBotConnector();
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(
        HttpContext http,
        ActivityDispatcher dispatcher,
        CancellationToken cancellationToken)
    {
        // Already read, and the token and tenant checked against it, by the Bot Connector policy.
        var read = await http.ReadInboundActivityAsync();
        if (read.Activity is not { } activity)
        {
            return Results.Problem(read.Problem, statusCode: read.Status);
        }

        var invokeResponse = await dispatcher.DispatchAsync(activity, cancellationToken);
        return invokeResponse is null ? Results.Ok() : new InvokeResult(invokeResponse);
    }
}

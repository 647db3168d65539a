using Microsoft.Extensions.Options;
using Verkostot.Bot.Authentication;
using Verkostot.Bot.Configuration;
using Verkostot.Bot.Protocol.Inbound;
using Verkostot.Bot.Protocol.Routing;

namespace Verkostot.Bot.Endpoints;

/// <summary>POST /api/messages: where the Bot Connector (or the Agents Playground) delivers activities.</summary>
public static partial class MessagesEndpoint
{
    public const string Path = "/api/messages";

    public static IEndpointRouteBuilder MapMessages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, HandleAsync).DisableAntiforgery();
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(
        HttpContext http,
        IBotRequestAuthenticator authenticator,
        IOptions<VerkostotOptions> options,
        ActivityDispatcher dispatcher,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var read = await InboundActivityReader.ReadAsync(http.Request, cancellationToken);
        if (read.Activity is not { } activity)
        {
            return Results.Problem(read.Problem, statusCode: read.Status);
        }

        var outcome = await authenticator.AuthenticateAsync(
            http.Request.Headers.Authorization.ToString(), activity.ChannelId, activity.ServiceUrl, cancellationToken);
        if (!outcome.IsAccepted)
        {
            return Results.StatusCode(outcome.StatusCode);
        }

        var tenant = activity.ChannelData?.Tenant?.Id ?? activity.Conversation?.TenantId;
        if (!options.Value.AllowsTenant(tenant))
        {
            LogTenantRefused(loggers.CreateLogger(typeof(MessagesEndpoint)), tenant);
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        var invokeResponse = await dispatcher.DispatchAsync(activity, cancellationToken);
        return invokeResponse is null ? Results.Ok() : new InvokeResult(invokeResponse);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an activity from tenant '{TenantId}', which is not allowed")]
    private static partial void LogTenantRefused(ILogger logger, string? tenantId);
}

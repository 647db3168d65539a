using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.Extensions.Options;
using Verkostot.Bot.Configuration;
using Verkostot.Bot.Protocol.Inbound;

namespace Verkostot.Bot.Authentication;

/// <summary>
/// Answers a request the Bot Connector policy refused: a body that is no activity gets its 400/413/415 with the
/// reason (only once the caller is known), an activity this token or tenant may not bring gets 403 without a body.
/// Requests without a genuine token are challenged (401) as usual; other policies are left to the standard handler.
/// </summary>
internal sealed class BotAuthorizationResultHandler(
    IOptions<BotOptions> botOptions,
    ILogger<BotAuthorizationResultHandler> logger) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _standard = new();

    public async Task HandleAsync(
        RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        var challenged = authorizeResult.Challenged && !botOptions.Value.IsDeveloperMode;
        if (authorizeResult.Succeeded || challenged || !BotConnectorPolicy.Governs(policy))
        {
            await _standard.HandleAsync(next, context, policy, authorizeResult);
            return;
        }

        if (context.PeekInboundActivity() is { Activity: null } unreadable)
        {
            await Results.Problem(unreadable.Problem, statusCode: unreadable.Status).ExecuteAsync(context);
            return;
        }

        foreach (var failure in authorizeResult.AuthorizationFailure?.FailureReasons.OfType<BotAuthorizationFailure>() ?? [])
        {
            AuthenticationLog.Rejected(logger, StatusCodes.Status403Forbidden, "policy", failure.Reason);
        }

        context.Response.StatusCode = StatusCodes.Status403Forbidden;
    }
}

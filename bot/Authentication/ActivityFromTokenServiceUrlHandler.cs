using Microsoft.AspNetCore.Authorization;
using Verkostot.Bot.Protocol.Inbound;

namespace Verkostot.Bot.Authentication;

internal sealed class ActivityFromTokenServiceUrlHandler
    : AuthorizationHandler<ActivityFromTokenServiceUrlRequirement, HttpContext>
{
    protected override async Task HandleRequirementAsync(
        AuthorizationHandlerContext context, ActivityFromTokenServiceUrlRequirement requirement, HttpContext http)
    {
        // Without a genuine token the request is refused 401 anyway; a stranger's body is never read.
        if (context.User.Identity?.IsAuthenticated != true)
        {
            return;
        }

        if ((await http.ReadInboundActivityAsync()).Activity is not { } activity)
        {
            context.Fail();
            return;
        }

        var claimed = context.User.FindFirst(BotConnectorAuthentication.ServiceUrlClaim)?.Value;
        if (ServiceUrlMatch.AreSame(claimed, activity.ServiceUrl))
        {
            context.Succeed(requirement);
        }
        else
        {
            context.Fail(new BotAuthorizationFailure(this, RejectionReason.ServiceUrl));
        }
    }
}

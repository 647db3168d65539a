using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Verkostot.Bot.Configuration;
using Verkostot.Bot.Protocol.Inbound;

namespace Verkostot.Bot.Authentication;

internal sealed class AllowedTenantHandler(
    IOptions<BotOptions> botOptions,
    IOptions<VerkostotOptions> options,
    ILogger<AllowedTenantHandler> logger) : AuthorizationHandler<AllowedTenantRequirement, HttpContext>
{
    protected override async Task HandleRequirementAsync(
        AuthorizationHandlerContext context, AllowedTenantRequirement requirement, HttpContext http)
    {
        if (!botOptions.Value.IsDeveloperMode && context.User.Identity?.IsAuthenticated != true)
        {
            return;
        }

        if ((await http.ReadInboundActivityAsync()).Activity is not { } activity)
        {
            context.Fail();
            return;
        }

        var tenant = activity.ChannelData?.Tenant?.Id ?? activity.Conversation?.TenantId;
        if (options.Value.AllowsTenant(tenant))
        {
            context.Succeed(requirement);
            return;
        }

        AuthenticationLog.TenantRefused(logger, tenant);
        context.Fail(new BotAuthorizationFailure(this, RejectionReason.TenantNotAllowed));
    }
}

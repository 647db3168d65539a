using Microsoft.AspNetCore.Authorization;
using Verkostot.Bot.Configuration;

namespace Verkostot.Bot.Authentication;

/// <summary>What /api/messages requires of a request, per <see cref="BotOptions"/>.</summary>
internal static class BotConnectorPolicy
{
    public static AuthorizationPolicy Build(BotOptions options)
    {
        var policy = new AuthorizationPolicyBuilder();
        if (!options.IsDeveloperMode)
        {
            policy.AddAuthenticationSchemes(BotConnectorAuthentication.Scheme)
                .RequireAuthenticatedUser()
                .AddRequirements(new ActivityFromTokenServiceUrlRequirement());
        }

        return policy.AddRequirements(new AllowedTenantRequirement()).Build();
    }

    public static bool Governs(AuthorizationPolicy policy) => policy.Requirements.Any(r => r is AllowedTenantRequirement);
}

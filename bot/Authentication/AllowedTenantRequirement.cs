using Microsoft.AspNetCore.Authorization;

namespace Verkostot.Bot.Authentication;

/// <summary>The activity's tenant must be one of <c>Verkostot:AllowedTenants</c> (any tenant when the list is empty).</summary>
internal sealed class AllowedTenantRequirement : IAuthorizationRequirement;

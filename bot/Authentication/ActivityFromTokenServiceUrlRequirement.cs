using Microsoft.AspNetCore.Authorization;

namespace Verkostot.Bot.Authentication;

/// <summary>
/// The activity's <c>serviceUrl</c> must be the one the token was issued for (its <c>serviceurl</c> claim): a genuine
/// token must not carry replies to a service URL of the sender's choosing.
/// </summary>
internal sealed class ActivityFromTokenServiceUrlRequirement : IAuthorizationRequirement;

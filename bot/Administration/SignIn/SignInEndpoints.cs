using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Verkostot.Bot.Configuration;

namespace Verkostot.Bot.Administration.SignIn;

public static class SignInEndpoints
{
    public const string TeamsPath = "/hallinta/kirjaudu/teams";
    public const string BrowserPath = "/hallinta/kirjaudu/selain";

    /// <summary>
    /// Entra sign-in, when an Entra app is configured. POST /hallinta/kirjaudu/teams takes the tab's Teams single
    /// sign-on token (Authorization: Bearer), validates it and starts the session: 204, or 401 for a token that does
    /// not validate and 403 for a tenant that is not allowed, with no detail. GET /hallinta/kirjaudu/selain starts
    /// OpenID Connect sign-in in a browser and comes back to <c>paluu</c>, a path of this app.
    /// </summary>
    public static IEndpointRouteBuilder MapAdministrationSignIn(this IEndpointRouteBuilder endpoints)
    {
        if (endpoints.ServiceProvider.GetService<EntraSignIn>() is null)
        {
            return endpoints;
        }
        endpoints.MapPost(TeamsPath, async (HttpContext context, IOptions<VerkostotOptions> tenants) =>
        {
            var result = await context.AuthenticateAsync(AdministrationSchemes.TeamsSso);
            var session = result.Succeeded ? SessionPrincipal.FromToken(result.Principal, SessionPrincipal.Teams) : null;
            if (session is null)
            {
                return Results.Unauthorized();
            }
            if (!tenants.Value.AllowsTenant(session.FindFirst(AdministrationClaims.TenantId)?.Value))
            {
                return Results.StatusCode(StatusCodes.Status403Forbidden);
            }
            await context.SignInAsync(AdministrationSchemes.Cookie, session);
            return Results.NoContent();
        }).AllowAnonymous().ExcludeFromDescription();

        endpoints.MapGet(BrowserPath, (string? paluu) => Results.Challenge(
            new AuthenticationProperties { RedirectUri = LocalPath(paluu) }, [AdministrationSchemes.OpenIdConnect]))
            .AllowAnonymous().ExcludeFromDescription();
        return endpoints;
    }

    /// <summary>Where to go after signing in: a path under /hallinta only, so the sign-in cannot be used to redirect elsewhere.</summary>
    public static string LocalPath(string? returnUrl) =>
        returnUrl is { Length: > 1 } path && path.StartsWith("/hallinta", StringComparison.Ordinal) && !path.Contains("//", StringComparison.Ordinal)
            && !path.Contains('\\', StringComparison.Ordinal)
            ? path
            : "/hallinta";
}

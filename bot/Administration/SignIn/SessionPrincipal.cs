using System.Security.Claims;
using Microsoft.Identity.Web;

namespace Verkostot.Bot.Administration.SignIn;

/// <summary>
/// The session cookie's principal, built from a validated Entra token: only the object id, tenant, name and app
/// roles are kept, under <see cref="AdministrationClaims"/> names, whichever sign-in path produced them.
/// </summary>
public static class SessionPrincipal
{
    public const string Teams = "teams";
    public const string Browser = "browser";
    public const string Developer = "developer";

    public static ClaimsPrincipal? FromToken(ClaimsPrincipal token, string method)
    {
        if (token.GetObjectId() is not { Length: > 0 } objectId)
        {
            return null;
        }
        var claims = new List<Claim>
        {
            new(AdministrationClaims.ObjectId, objectId),
            new(AdministrationClaims.Name, token.GetDisplayName() ?? token.FindFirst("name")?.Value ?? ""),
            new(AdministrationClaims.Method, method),
        };
        if (token.GetTenantId() is { Length: > 0 } tenantId)
        {
            claims.Add(new Claim(AdministrationClaims.TenantId, tenantId));
        }
        claims.AddRange(token.FindAll(c => c.Type is "roles" or ClaimTypes.Role)
            .Select(c => c.Value).Distinct()
            .Select(role => new Claim(AdministrationClaims.Role, role)));
        return Create(claims);
    }

    /// <summary>The developer sign-in's session: a demo person by id, optionally an administrator.</summary>
    public static ClaimsPrincipal ForDemoPerson(string personId, string name, string? objectId, string? administratorRole)
    {
        var claims = new List<Claim>
        {
            new(AdministrationClaims.DemoPersonId, personId),
            new(AdministrationClaims.Name, name),
            new(AdministrationClaims.Method, Developer),
        };
        if (objectId is not null)
        {
            claims.Add(new Claim(AdministrationClaims.ObjectId, objectId));
        }
        if (administratorRole is not null)
        {
            claims.Add(new Claim(AdministrationClaims.Role, administratorRole));
        }
        return Create(claims);
    }

    private static ClaimsPrincipal Create(IEnumerable<Claim> claims) =>
        new(new ClaimsIdentity(claims, AdministrationSchemes.Cookie, AdministrationClaims.Name, AdministrationClaims.Role));
}

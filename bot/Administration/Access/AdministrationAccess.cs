using System.Security.Claims;
using Microsoft.Extensions.Options;
using Verkostot.Bot.Administration.SignIn;
using Verkostot.Core.Catalog;
using Verkostot.Core.Time;
using Verkostot.Core.Domain;

namespace Verkostot.Bot.Administration.Access;

/// <summary>Works out a signed-in session's <see cref="AdminUser"/> from the catalog as it is now, on every request.</summary>
public sealed class AdministrationAccess(ICatalogSource catalogs, IOptionsMonitor<AdministrationOptions> options, TimeProvider time)
{
    public async Task<AdminUser> UserAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        var catalog = await catalogs.GetAsync(cancellationToken);
        var settings = options.CurrentValue;
        var objectId = principal.FindFirst(AdministrationClaims.ObjectId)?.Value;
        var person = principal.FindFirst(AdministrationClaims.DemoPersonId)?.Value is { } demoPersonId
            ? catalog.PeopleById.GetValueOrDefault(demoPersonId)
            : objectId is null ? null : catalog.PeopleByEntraObjectId.GetValueOrDefault(objectId);
        var isAdministrator = settings.IsAdministrator(objectId)
            || principal.FindAll(AdministrationClaims.Role).Any(r => string.Equals(r.Value, settings.AdministratorRole, StringComparison.Ordinal));
        IReadOnlyList<Network> networks = isAdministrator
            ? catalog.Networks
            : person is null ? [] : catalog.NetworksCoordinatedByPerson(person.Id, HelsinkiTime.Today(time));
        var name = person?.Name ?? principal.FindFirst(AdministrationClaims.Name)?.Value ?? "";
        return new AdminUser(name, person, isAdministrator, networks);
    }
}

using Verkostot.Core.Domain;

namespace Verkostot.Bot.Administration.Access;

/// <summary>
/// Who is signed in to the web app and what they may edit: administrators every network, coordinators the
/// networks they coordinate today, everyone else nothing.
/// </summary>
public sealed record AdminUser(string Name, Person? Person, bool IsAdministrator, IReadOnlyList<Network> Networks)
{
    public bool MayUseApp => IsAdministrator || Networks.Count > 0;

    public bool MayEdit(string networkId) => Networks.Any(n => n.Id == networkId);
}

using Verkostot.Core.Catalog;
using Verkostot.Core.Domain;

namespace Verkostot.Core.Meetings;

/// <summary>Who may keep a network's meetings: people with the Coordinator role, known by their Entra object id.</summary>
public static class Coordinators
{
    /// <summary>The networks the person coordinates today; empty for everyone else.</summary>
    public static IReadOnlyList<Network> NetworksOf(NetworkCatalog catalog, string? aadObjectId, DateOnly today)
    {
        if (aadObjectId is null || !catalog.PeopleByEntraObjectId.TryGetValue(aadObjectId, out var person)) return [];
        return [.. catalog.RolesByPerson.GetValueOrDefault(person.Id, [])
            .Where(r => r.Role == Role.Coordinator && (r.From is null || r.From <= today) && (r.Until is null || r.Until >= today))
            .Select(r => r.NetworkId).Distinct()
            .Select(id => catalog.NetworksById.GetValueOrDefault(id)).OfType<Network>()];
    }
}

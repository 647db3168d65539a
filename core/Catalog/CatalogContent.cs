using Verkostot.Core.Domain;

namespace Verkostot.Core.Catalog;

/// <summary>
/// Everything the catalog is built from, as plain lists: what a data file or the database yields.
/// Bodies carry their terms and the terms their seats.
/// </summary>
public sealed record CatalogContent(
    IReadOnlyList<Region> Regions,
    IReadOnlyList<Municipality> Municipalities,
    IReadOnlyList<Person> People,
    IReadOnlyList<Network> Networks,
    IReadOnlyList<Body> Bodies,
    IReadOnlyList<RoleAssignment> Roles,
    IReadOnlyList<NetworkMembership> Memberships,
    IReadOnlyList<Meeting> Meetings,
    IReadOnlyList<PriorityDocument> PriorityDocuments)
{
    public static CatalogContent Empty { get; } = new([], [], [], [], [], [], [], [], []);
}

using System.Collections.Frozen;
using Verkostot.Core.Domain;

namespace Verkostot.Core.Catalog;

/// <summary>
/// A read-only snapshot of all network data, indexed for answering questions without touching the database.
/// Build it once from <see cref="CatalogContent"/> and replace it whole when data changes; never mutate the
/// entities it holds.
/// </summary>
public sealed class NetworkCatalog
{
    private NetworkCatalog(CatalogContent content, NetworkCatalog? previous)
    {
        // A list handed on unchanged (the same object) keeps the indexes built from it: an edit of one meeting
        // re-indexes the meetings, not 10 000 people.
        var before = previous?.Content;
        Content = content;
        Regions = content.Regions;
        RegionsById = Kept(content.Regions, before?.Regions, previous?.RegionsById)
            ?? content.Regions.ToFrozenDictionary(r => r.Id, StringComparer.OrdinalIgnoreCase);
        Municipalities = content.Municipalities;
        MunicipalitiesById = Kept(content.Municipalities, before?.Municipalities, previous?.MunicipalitiesById)
            ?? content.Municipalities.ToFrozenDictionary(m => m.Id);
        People = content.People;
        // Plain dictionaries: people change often, and a frozen one of 10 000 costs ten times as much to build.
        PeopleById = Kept(content.People, before?.People, previous?.PeopleById) ?? content.People.ToDictionary(p => p.Id);
        PeopleByEntraObjectId = Kept(content.People, before?.People, previous?.PeopleByEntraObjectId) ?? ByEntraObjectId(content.People);
        Networks = content.Networks;
        NetworksById = Kept(content.Networks, before?.Networks, previous?.NetworksById) ?? content.Networks.ToFrozenDictionary(n => n.Id);
        Bodies = content.Bodies;
        BodiesById = Kept(content.Bodies, before?.Bodies, previous?.BodiesById) ?? content.Bodies.ToFrozenDictionary(b => b.Id);
        BodiesByNetwork = Kept(content.Bodies, before?.Bodies, previous?.BodiesByNetwork) ?? Group(content.Bodies, b => b.NetworkId);
        TermsById = Kept(content.Bodies, before?.Bodies, previous?.TermsById)
            ?? content.Bodies.SelectMany(b => b.Terms).ToFrozenDictionary(t => t.Id);
        SeatsById = Kept(content.Bodies, before?.Bodies, previous?.SeatsById)
            ?? content.Bodies.SelectMany(b => b.Terms).SelectMany(t => t.Seats).ToFrozenDictionary(s => s.Id);
        Roles = content.Roles;
        RolesByNetwork = Kept(content.Roles, before?.Roles, previous?.RolesByNetwork) ?? Group(content.Roles, r => r.NetworkId);
        RolesByPerson = Kept(content.Roles, before?.Roles, previous?.RolesByPerson) ?? Group(content.Roles, r => r.PersonId);
        Memberships = content.Memberships;
        MembershipsByNetwork = Kept(content.Memberships, before?.Memberships, previous?.MembershipsByNetwork) ?? Group(content.Memberships, m => m.NetworkId);
        Meetings = Kept(content.Meetings, before?.Meetings, previous?.Meetings) ?? [.. content.Meetings.OrderBy(m => m.StartsAt).ThenBy(m => m.Id)];
        MeetingsById = Kept(content.Meetings, before?.Meetings, previous?.MeetingsById) ?? content.Meetings.ToFrozenDictionary(m => m.Id);
        MeetingsByNetwork = Kept(content.Meetings, before?.Meetings, previous?.MeetingsByNetwork) ?? Group(Meetings, m => m.NetworkId);
        PriorityDocuments = content.PriorityDocuments;
        PriorityDocumentsById = Kept(content.PriorityDocuments, before?.PriorityDocuments, previous?.PriorityDocumentsById)
            ?? content.PriorityDocuments.ToFrozenDictionary(d => d.Id);
    }

    public static NetworkCatalog Empty { get; } = new(CatalogContent.Empty, null);

    public static NetworkCatalog Create(CatalogContent content) => new(content, null);

    /// <summary>
    /// A catalog of <paramref name="content"/> that takes over <paramref name="previous"/>'s indexes of every list
    /// content shares with it (the same list object, whose entities, like all catalog entities, are never changed).
    /// </summary>
    public static NetworkCatalog Create(CatalogContent content, NetworkCatalog previous) => new(content, previous);

    /// <summary>The lists the catalog was built from, e.g. to save them.</summary>
    public CatalogContent Content { get; }

    public IReadOnlyList<Region> Regions { get; }
    public FrozenDictionary<string, Region> RegionsById { get; }
    public IReadOnlyList<Municipality> Municipalities { get; }
    public FrozenDictionary<string, Municipality> MunicipalitiesById { get; }
    public IReadOnlyList<Person> People { get; }
    public IReadOnlyDictionary<string, Person> PeopleById { get; }
    /// <summary>The first person with each Entra object id, in any letter case.</summary>
    public IReadOnlyDictionary<string, Person> PeopleByEntraObjectId { get; }
    public IReadOnlyList<Network> Networks { get; }
    public FrozenDictionary<string, Network> NetworksById { get; }
    public IReadOnlyList<Body> Bodies { get; }
    public FrozenDictionary<string, Body> BodiesById { get; }
    public FrozenDictionary<string, IReadOnlyList<Body>> BodiesByNetwork { get; }
    public FrozenDictionary<int, Term> TermsById { get; }
    public FrozenDictionary<int, Seat> SeatsById { get; }
    public IReadOnlyList<RoleAssignment> Roles { get; }
    public FrozenDictionary<string, IReadOnlyList<RoleAssignment>> RolesByNetwork { get; }
    public FrozenDictionary<string, IReadOnlyList<RoleAssignment>> RolesByPerson { get; }
    public IReadOnlyList<NetworkMembership> Memberships { get; }
    public FrozenDictionary<string, IReadOnlyList<NetworkMembership>> MembershipsByNetwork { get; }
    /// <summary>All meetings, earliest first.</summary>
    public IReadOnlyList<Meeting> Meetings { get; }
    public FrozenDictionary<int, Meeting> MeetingsById { get; }
    /// <summary>Each network's meetings, earliest first.</summary>
    public FrozenDictionary<string, IReadOnlyList<Meeting>> MeetingsByNetwork { get; }
    public IReadOnlyList<PriorityDocument> PriorityDocuments { get; }
    public FrozenDictionary<string, PriorityDocument> PriorityDocumentsById { get; }

    public IReadOnlyList<Body> BodiesOf(string networkId) => BodiesByNetwork.GetValueOrDefault(networkId) ?? [];

    public IReadOnlyList<RoleAssignment> RolesIn(string networkId) => RolesByNetwork.GetValueOrDefault(networkId) ?? [];

    public IReadOnlyList<Meeting> MeetingsOf(string networkId) => MeetingsByNetwork.GetValueOrDefault(networkId) ?? [];

    /// <summary>The term of a body whose dates cover a day (the latest-starting one if terms overlap): for history.</summary>
    public Term? TermOn(string bodyId, DateOnly day) =>
        BodiesById.TryGetValue(bodyId, out var body)
            ? body.Terms.Where(t => t.Covers(day)).MaxBy(t => t.Start)
            : null;

    /// <summary>
    /// The term that holds on a day when the data may lag behind (see <see cref="Body.TermInForce"/>): the one covering
    /// the day, else the latest that started before it. A presidium stays in office until its successor is recorded,
    /// so reminders and announcements keep reaching it, and a new term takes over on its first day; answers say when
    /// the term shown has ended.
    /// </summary>
    public Term? TermInForce(string bodyId, DateOnly day) => BodiesById.GetValueOrDefault(bodyId)?.TermInForce(day);

    /// <summary>Roles in a network valid on a day (open-ended dates count as valid).</summary>
    public IEnumerable<RoleAssignment> RolesOn(string networkId, DateOnly day) =>
        RolesIn(networkId).Where(r => (r.From is null || r.From <= day) && (r.Until is null || r.Until >= day));

    /// <summary>
    /// The networks a person (known by their Entra object id) coordinates on a day: who may keep meetings, announce,
    /// bind a Team and run roster sync. Empty for everyone else.
    /// </summary>
    public IReadOnlyList<Network> NetworksCoordinatedBy(string? entraObjectId, DateOnly day) =>
        string.IsNullOrWhiteSpace(entraObjectId) || !PeopleByEntraObjectId.TryGetValue(entraObjectId, out var person)
            ? []
            : NetworksCoordinatedByPerson(person.Id, day);

    /// <summary>The networks a person (known by their person id) coordinates on a day.</summary>
    public IReadOnlyList<Network> NetworksCoordinatedByPerson(string personId, DateOnly day) =>
        (RolesByPerson.GetValueOrDefault(personId) ?? [])
            .Where(r => r.Role == Role.Coordinator && r.BodyId is null
                && (r.From is null || r.From <= day) && (r.Until is null || r.Until >= day))
            .Select(r => NetworksById.GetValueOrDefault(r.NetworkId))
            .OfType<Network>()
            .DistinctBy(n => n.Id)
            .ToList();

    /// <summary>
    /// The network bound to the Team or the channel a conversation is in (see <c>TeamBinding</c>); null in a
    /// personal chat, a group chat or a Team no network is bound to.
    /// </summary>
    public Network? NetworkOfConversation(string? teamId, string? channelId) =>
        teamId is null && channelId is null
            ? null
            : Networks.FirstOrDefault(n => (teamId is not null && n.TeamId == teamId) || (channelId is not null && n.ChannelId == channelId));

    /// <summary>The first meeting of a network starting at or after an instant, optionally of one kind.</summary>
    public Meeting? NextMeeting(string networkId, DateTimeOffset from, MeetingKind? kind = null)
    {
        var meetings = MeetingsOf(networkId);
        for (var i = FirstAtOrAfter(meetings, from); i < meetings.Count; i++)
        {
            var meeting = meetings[i];
            if (!meeting.IsCancelled && (kind is null || meeting.Kind == kind)) return meeting;
        }
        return null;
    }

    private static int FirstAtOrAfter(IReadOnlyList<Meeting> sorted, DateTimeOffset from)
    {
        int low = 0, high = sorted.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (sorted[mid].StartsAt < from) low = mid + 1; else high = mid;
        }
        return low;
    }

    private static Dictionary<string, Person> ByEntraObjectId(IReadOnlyList<Person> people)
    {
        var byId = new Dictionary<string, Person>(people.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var person in people)
        {
            if (!string.IsNullOrEmpty(person.EntraObjectId)) byId.TryAdd(person.EntraObjectId, person);
        }
        return byId;
    }

    private static TIndex? Kept<TList, TIndex>(TList list, TList? before, TIndex? index) where TList : class where TIndex : class =>
        before is not null && ReferenceEquals(list, before) ? index : null;

    private static FrozenDictionary<string, IReadOnlyList<T>> Group<T>(IEnumerable<T> items, Func<T, string> key) =>
        items.GroupBy(key).ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<T>)[.. g]);
}

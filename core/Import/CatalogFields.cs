using Verkostot.Core.Domain;

namespace Verkostot.Core.Import;

/// <summary>
/// The fields an import compares and copies, per kind, named as in the data file. What identifies an element (its
/// id, a term's first day, a role's person) is not among them: a different value there is another element.
/// </summary>
internal static class CatalogFields
{
    public const string Items = "items";

    /// <summary>"sourceName" and "asOf" compare as one: who stated a fact and when.</summary>
    public const string SourceName = "sourceName";

    public static FieldList<Region> Region { get; } = new FieldList<Region>()
        .Add("name", r => r.Name, (r, v) => r.Name = v);

    public static FieldList<Municipality> Municipality { get; } = new FieldList<Municipality>()
        .Add("nameFi", m => m.NameFi, (m, v) => m.NameFi = v)
        .Add("nameSv", m => m.NameSv, (m, v) => m.NameSv = v)
        .Add("maakunta", m => m.Maakunta, (m, v) => m.Maakunta = v)
        .Add("language", m => m.Language, (m, v) => m.Language = v);

    public static FieldList<Person> Person { get; } = new FieldList<Person>()
        .Add("name", p => p.Name, (p, v) => p.Name = v)
        .Add("title", p => p.Title, (p, v) => p.Title = v)
        .Add("municipalityId", p => p.MunicipalityId, (p, v) => p.MunicipalityId = v)
        .Add("organisation", p => p.Organisation, (p, v) => p.Organisation = v)
        .Add("email", p => p.Email, (p, v) => p.Email = v)
        .Add("phones", p => p.Phones, (p, v) => p.Phones = [.. v])
        .Add("responsibilities", p => p.Responsibilities, (p, v) => p.Responsibilities = [.. v])
        .Add(SourceName, p => p.Attribution, (p, v) => p.Attribution = v with { })
        .Add("entraObjectId", p => p.EntraObjectId, (p, v) => p.EntraObjectId = v, keepStoredWhenEmpty: true)
        .Add("userPrincipalName", p => p.UserPrincipalName, (p, v) => p.UserPrincipalName = v, keepStoredWhenEmpty: true)
        .Add("language", p => p.Language, (p, v) => p.Language = v)
        .Add("isGuest", p => p.IsGuest, (p, v) => p.IsGuest = v)
        .Add("isDemo", p => p.IsDemo, (p, v) => p.IsDemo = v);

    public static FieldList<Network> Network { get; } = new FieldList<Network>()
        .Add("name", n => n.Name, (n, v) => n.Name = v)
        .Add("kind", n => n.Kind, (n, v) => n.Kind = v)
        .Add("description", n => n.Description, (n, v) => n.Description = v)
        .Add("membershipCriteria", n => n.MembershipCriteria, (n, v) => n.MembershipCriteria = v)
        .Add("membersRole", n => n.MembersRole, (n, v) => n.MembersRole = v)
        .Add("municipalityCount", n => n.MunicipalityCount, (n, v) => n.MunicipalityCount = v)
        .Add("residents", n => n.Residents, (n, v) => n.Residents = v)
        .Add("residentsApproximate", n => n.ResidentsApproximate, (n, v) => n.ResidentsApproximate = v)
        .Add("founded", n => (n.Founded, n.FoundedPrecision), (n, v) => (n.Founded, n.FoundedPrecision) = v)
        .Add("meetingCadence", n => n.MeetingCadence, (n, v) => n.MeetingCadence = v)
        .Add("themes", n => n.Themes, (n, v) => n.Themes = [.. v])
        .Add("channels", n => n.Channels, (n, v) => n.Channels = [.. v])
        .Add("details", n => n.Details, (n, v) => n.Details = [.. v])
        .Add(SourceName, n => n.Attribution, (n, v) => n.Attribution = v with { })
        .Add("sources", n => n.Sources, (n, v) => n.Sources = [.. v])
        // A Team binding is made in Teams ("liitä tiimi"); a file without one leaves it be.
        .Add("teamId", n => n.TeamId, (n, v) => n.TeamId = v, keepStoredWhenEmpty: true)
        .Add("channelId", n => n.ChannelId, (n, v) => n.ChannelId = v, keepStoredWhenEmpty: true)
        .Add("groupId", n => n.GroupId, (n, v) => n.GroupId = v, keepStoredWhenEmpty: true)
        .Add("isDemo", n => n.IsDemo, (n, v) => n.IsDemo = v);

    public static FieldList<Body> Body { get; } = new FieldList<Body>()
        .Add("networkId", b => b.NetworkId, (b, v) => b.NetworkId = v)
        .Add("kind", b => b.Kind, (b, v) => b.Kind = v)
        .Add("name", b => b.Name, (b, v) => b.Name = v)
        .Add("description", b => b.Description, (b, v) => b.Description = v)
        .Add("membersRole", b => b.MembersRole, (b, v) => b.MembersRole = v)
        .Add("termLengthYears", b => b.TermLengthYears, (b, v) => b.TermLengthYears = v)
        .Add("meetingsPerYear", b => b.MeetingsPerYear, (b, v) => b.MeetingsPerYear = v)
        .Add("meetingCadence", b => b.MeetingCadence, (b, v) => b.MeetingCadence = v)
        .Add("sinceYear", b => b.SinceYear, (b, v) => b.SinceYear = v)
        .Add("appointedBy", b => b.AppointedBy, (b, v) => b.AppointedBy = v)
        .Add("memberCount", b => b.MemberCount, (b, v) => b.MemberCount = v)
        .Add("deputyCount", b => b.DeputyCount, (b, v) => b.DeputyCount = v)
        .Add(SourceName, b => b.Attribution, (b, v) => b.Attribution = v with { });

    public static FieldList<Term> Term { get; } = new FieldList<Term>()
        .Add("end", t => t.End, (t, v) => t.End = v)
        .Add("isDemo", t => t.IsDemo, (t, v) => t.IsDemo = v)
        .Add("sourceId", t => t.SourceId, (t, v) => t.SourceId = v);

    public static FieldList<Seat> Seat { get; } = new FieldList<Seat>()
        .Add("regionName", s => s.RegionName, (s, v) => s.RegionName = v)
        .Add("maakunnat", s => s.Maakunnat, (s, v) => s.Maakunnat = [.. v])
        .Add("memberId", s => s.MemberId, (s, v) => s.MemberId = v)
        .Add("deputyId", s => s.DeputyId, (s, v) => s.DeputyId = v);

    public static FieldList<RoleAssignment> Role { get; } = new FieldList<RoleAssignment>()
        .Add("until", r => r.Until, (r, v) => r.Until = v)
        .Add("isDemo", r => r.IsDemo, (r, v) => r.IsDemo = v)
        .Add(SourceName, r => r.Attribution, (r, v) => r.Attribution = v with { });

    public static FieldList<NetworkMembership> Membership { get; } = new FieldList<NetworkMembership>()
        .Add("joinedOn", m => m.JoinedOn, (m, v) => m.JoinedOn = v)
        .Add("leftOn", m => m.LeftOn, (m, v) => m.LeftOn = v)
        // Roster sync says who is in the Team; a file may restore it but never clears it.
        .Add("inGroup", m => m.InGroup, (m, v) => m.InGroup = v, keepStoredWhenEmpty: true);

    public static FieldList<Meeting> Meeting { get; } = new FieldList<Meeting>()
        .Add("networkId", m => m.NetworkId, (m, v) => m.NetworkId = v)
        .Add("bodyId", m => m.BodyId, (m, v) => m.BodyId = v)
        .Add("kind", m => m.Kind, (m, v) => m.Kind = v)
        .Add("title", m => m.Title, (m, v) => m.Title = v)
        .Add("start", m => m.StartsAt, (m, v) => m.StartsAt = v)
        .Add("duration", m => m.EndsAt - m.StartsAt, (m, v) => m.EndsAt = m.StartsAt + v)
        .Add("place", m => m.Place, (m, v) => m.Place = v)
        .Add("teamsLink", m => m.TeamsLink, (m, v) => m.TeamsLink = v)
        .Add("agenda", m => m.Agenda, (m, v) => m.Agenda = [.. v])
        .Add("materials", m => m.Materials, (m, v) => m.Materials = [.. v])
        .Add("invited", m => m.Invited, (m, v) => m.Invited = v)
        .Add("jointWithNetworkId", m => m.JointWithNetworkId, (m, v) => m.JointWithNetworkId = v)
        .Add("isCancelled", m => m.IsCancelled, (m, v) => m.IsCancelled = v)
        .Add("isDemo", m => m.IsDemo, (m, v) => m.IsDemo = v);

    public static FieldList<PriorityDocument> PriorityDocument { get; } = new FieldList<PriorityDocument>()
        .Add("title", d => d.Title, (d, v) => d.Title = v)
        .Add("networkId", d => d.NetworkId, (d, v) => d.NetworkId = v)
        .Add("approvedOn", d => d.ApprovedOn, (d, v) => d.ApprovedOn = v)
        .Add("approvedBy", d => d.ApprovedBy, (d, v) => d.ApprovedBy = v)
        .Add("description", d => d.Description, (d, v) => d.Description = v)
        .Add(SourceName, d => d.Attribution, (d, v) => d.Attribution = v with { })
        // Items have no ids of their own: a document whose items differ gets the file's items (see CatalogDiff).
        .Add(Items, d => d.Items.Select(i => (i.Category, i.Heading, string.Join('\n', i.Points))).ToList(), (_, _) => { });
}

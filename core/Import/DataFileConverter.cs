using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using Verkostot.Core.Catalog;
using Verkostot.Core.Domain;
using Verkostot.Core.Time;

namespace Verkostot.Core.Import;

/// <summary>
/// Checks a data file's entries and turns them into domain entities. Numeric ids (terms, seats, roles,
/// memberships, meetings, priority items) are numbered here in file order. The sections come in the order
/// <see cref="Convert"/> takes them (people may refer to municipalities, everything to networks): all at once from the
/// serializer's <see cref="DataFile"/>, or one by one, people each as read, from <see cref="DataFileReader"/>.
/// Given a catalog, a person, membership or meeting (by its id) the file has exactly as the catalog does (every field
/// an import compares the same) is the catalog's own entity: previewing a file of 10 000 unchanged people then keeps
/// alive only what differs, not a second copy of everything for the whole request.
/// </summary>
internal sealed partial class DataFileConverter(NetworkCatalog? catalog = null)
{
    private static readonly DataPath PeoplePath = DataPath.Root.Property("people");

    private readonly List<DataFileError> _errors = [];
    private readonly HashSet<string> _regionIds = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _municipalityIds = new(StringComparer.Ordinal);
    // Sized for a file much like the catalog (a preview's): ten thousand people added one by one grow a set or list many times.
    private readonly HashSet<string> _personIds = new(catalog?.People.Count ?? 0, StringComparer.Ordinal);
    private readonly Dictionary<string, string> _bodyNetworks = new(StringComparer.Ordinal);
    private readonly HashSet<string> _networkIds = new(StringComparer.Ordinal);
    private readonly HashSet<int> _meetingIdsFromFile = new(catalog?.Meetings.Count ?? 0);
    private readonly HashSet<string> _networkSourceIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _networkMemberIds = new(StringComparer.Ordinal);
    private int _termIds, _seatIds, _roleIds, _membershipIds, _meetingIds, _itemIds;
    private List<Region> _regions = [];
    private List<Municipality> _municipalities = [];
    private readonly List<Person> _people = new(catalog?.People.Count ?? 0);
    private List<Network> _networks = [];
    private readonly List<Body> _bodies = [];
    private readonly List<RoleAssignment> _roles = [];
    private readonly List<NetworkMembership> _memberships = new(catalog?.Memberships.Count ?? 0);
    private List<PriorityDocument> _documents = [];
    private readonly List<Meeting> _meetings = new(catalog?.Meetings.Count ?? 0);

    private readonly Dictionary<string, Person>.AlternateLookup<ReadOnlySpan<char>>? _peopleByChars =
        catalog?.PeopleById is Dictionary<string, Person> people && people.TryGetAlternateLookup<ReadOnlySpan<char>>(out var lookup) ? lookup : null;

    private static readonly string[] LocalFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"];
    private static readonly string[] OffsetFormats = ["yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:sszzz"];

    public IReadOnlyList<DataFileError> Errors => _errors;

    /// <summary>The meetings whose ids the file gave; the others were numbered here.</summary>
    public IReadOnlySet<int> MeetingIdsFromFile => _meetingIdsFromFile;

    /// <summary>The whole file at once, as the serializer reads it.</summary>
    public CatalogContent Convert(DataFile file)
    {
        Regions(file.Regions);
        Municipalities(file.Municipalities);
        for (var i = 0; i < (file.People?.Count ?? 0); i++) Person(file.People![i], i);
        Networks(file.Networks);
        PriorityDocuments(file.PriorityDocuments);
        Meetings(file.Meetings);
        return Finish(file.FormatVersion);
    }

    public void Regions(List<RegionEntry>? entries) => _regions = Each(entries, DataPath.Root.Property("regions"), ToRegion);

    public void Municipalities(List<MunicipalityEntry>? entries) => _municipalities = Each(entries, DataPath.Root.Property("municipalities"), ToMunicipality);

    /// <summary>The <paramref name="index"/>th item of the file's people, null when the file has null there.</summary>
    public void Person(PersonEntry? entry, int index)
    {
        if (entry is null)
        {
            Error(PeoplePath.Item(index), null, "must be an object, not null");
            return;
        }
        // The checks against the rest of the file come last: the id is taken only by a person added here.
        if (entry.Id is { } id && CatalogPerson(id) is { } known && Unchanged(entry, known)
            && (entry.MunicipalityId is not { } municipality || _municipalityIds.Contains(municipality)) && _personIds.Add(id))
        {
            _people.Add(known);
            return;
        }
        var person = ToPerson(entry, PeoplePath.Item(index));
        _people.Add(catalog?.PeopleById.GetValueOrDefault(person.Id) is { } stored ? Shared(person, stored, CatalogFields.Person) : person);
    }

    /// <summary>The catalog's meeting with this id, if a catalog was given: the reader takes its strings where the file has the same.</summary>
    public Meeting? CatalogMeeting(int id) => catalog?.MeetingsById.GetValueOrDefault(id);

    /// <summary>The catalog's person with this id, if a catalog was given: the reader takes its strings where the file has the same.</summary>
    public Person? CatalogPerson(string id) => catalog?.PeopleById.GetValueOrDefault(id);

    /// <summary>As <see cref="CatalogPerson(string)"/>, by the id's characters: a known id then needs no string of the file's.</summary>
    public Person? CatalogPerson(ReadOnlySpan<char> id) =>
        _peopleByChars is { } people ? people.TryGetValue(id, out var person) ? person : null : CatalogPerson(id.ToString());

    public void Networks(List<NetworkEntry>? entries)
    {
        // Network and body ids first, so that meetings and documents may refer to any network in the file.
        CollectNetworkIds(entries);
        _networks = Each(entries, DataPath.Root.Property("networks"), ToNetwork);
    }

    public void PriorityDocuments(List<PriorityDocumentEntry>? entries) => _documents = Each(entries, DataPath.Root.Property("priorityDocuments"), ToDocument);

    public void Meetings(List<MeetingEntry>? entries)
    {
        CollectMeetingIds(entries);
        Each(entries, DataPath.Root.Property("meetings"), (m, p) => { AddMeetings(m, p); return 0; });
    }

    /// <summary>The content of every section handed over; the file's format version is checked here, wherever the file has it, and reported first.</summary>
    public CatalogContent Finish(int? formatVersion)
    {
        if (formatVersion is not null and not 1) _errors.Insert(0, new DataFileError(0, DataPath.Root.Of("formatVersion"), "only formatVersion 1 is known"));
        return new CatalogContent(_regions, _municipalities, _people, _networks, _bodies, _roles, _memberships, _meetings, _documents);
    }

    private void CollectNetworkIds(List<NetworkEntry>? networks)
    {
        for (var i = 0; i < (networks?.Count ?? 0); i++)
        {
            var network = networks![i];
            if (network.Id is { } id && !_networkIds.Add(id)) Error(DataPath.Root.Property("networks").Item(i), "id", $"network id '{id}' is used twice");
            for (var j = 0; j < (network.Bodies?.Count ?? 0); j++)
            {
                if (network.Bodies![j].Id is not { } bodyId || network.Id is null) continue;
                if (!_bodyNetworks.TryAdd(bodyId, network.Id)) Error(DataPath.Root.Property("networks").Item(i).Property("bodies").Item(j), "id", $"body id '{bodyId}' is used twice");
            }
        }
    }

    private Region ToRegion(RegionEntry entry, DataPath at)
    {
        var name = Text(entry.Name, at, "name", required: true)!;
        if (!_regionIds.Add(name.Fi)) Error(at, "name", $"region '{name.Fi}' is listed twice");
        return new Region { Id = name.Fi, Name = name };
    }

    private Municipality ToMunicipality(MunicipalityEntry entry, DataPath at)
    {
        var id = Slug(entry.Id, at, "id");
        if (!_municipalityIds.Add(id)) Error(at, "id", $"municipality id '{id}' is used twice");
        if (entry.Maakunta is { } maakunta) KnownRegion(maakunta, at, "maakunta");
        return new Municipality
        {
            Id = id,
            NameFi = Required(entry.NameFi, at, "nameFi"),
            NameSv = entry.NameSv,
            Maakunta = entry.Maakunta,
            Language = entry.Language ?? MunicipalityLanguage.Finnish,
        };
    }

    private Person ToPerson(PersonEntry entry, DataPath at)
    {
        var id = Slug(entry.Id, at, "id");
        if (!_personIds.Add(id)) Error(at, "id", $"person id '{id}' is used twice");
        if (entry.MunicipalityId is { } municipality && !_municipalityIds.Contains(municipality))
        {
            Error(at, "municipalityId", $"unknown municipality '{municipality}'");
        }
        return new Person
        {
            Id = id,
            Name = Required(entry.Name, at, "name"),
            Title = Text(entry.Title, at, "title"),
            MunicipalityId = entry.MunicipalityId,
            Organisation = entry.Organisation,
            Email = entry.Email,
            Phones = entry.Phones ?? [],
            EntraObjectId = entry.EntraObjectId,
            UserPrincipalName = entry.UserPrincipalName,
            Language = entry.Language,
            IsGuest = entry.IsGuest ?? false,
            IsDemo = entry.IsDemo ?? false,
            Responsibilities = Texts(entry.Responsibilities, at, "responsibilities"),
            Attribution = Source(entry.SourceName, entry.AsOf, at),
        };
    }

    private Network ToNetwork(NetworkEntry entry, DataPath at)
    {
        var id = Slug(entry.Id, at, "id");
        var (founded, precision) = PartialDate(entry.Founded, at, "founded");
        var sources = Each(entry.Sources, at.Property("sources"), ToSource);
        _networkSourceIds.Clear();
        foreach (var (source, i) in sources.Select((s, i) => (s, i)))
        {
            if (!_networkSourceIds.Add(source.Id)) Error(at.Property("sources").Item(i), "id", $"source id '{source.Id}' is used twice in this network");
        }
        _bodies.AddRange(Each(entry.Bodies, at.Property("bodies"), (b, p) => ToBody(b, p, id)));
        _roles.AddRange(Each(entry.Roles, at.Property("roles"), (r, p) => ToRole(r, p, id)));
        _networkMemberIds.Clear();
        Members(entry.Members, at.Property("members"), id);
        return new Network
        {
            Id = id,
            Name = Text(entry.Name, at, "name", required: true)!,
            Kind = entry.Kind ?? NetworkKind.MunicipalityType,
            Description = Text(entry.Description, at, "description"),
            MembershipCriteria = Text(entry.MembershipCriteria, at, "membershipCriteria"),
            MembersRole = Text(entry.MembersRole, at, "membersRole"),
            MunicipalityCount = NonNegative(entry.MunicipalityCount, at, "municipalityCount"),
            Residents = NonNegative(entry.Residents, at, "residents"),
            ResidentsApproximate = entry.ResidentsApproximate ?? false,
            Founded = founded,
            FoundedPrecision = precision,
            MeetingCadence = Text(entry.MeetingCadence, at, "meetingCadence"),
            Themes = Texts(entry.Themes, at, "themes"),
            Channels = Texts(entry.Channels, at, "channels"),
            Details = Texts(entry.Details, at, "details"),
            Sources = sources,
            TeamId = entry.TeamId,
            ChannelId = entry.ChannelId,
            GroupId = entry.GroupId,
            IsDemo = entry.IsDemo ?? false,
            Attribution = Source(entry.SourceName, entry.AsOf, at),
        };
    }

    private FactSource ToSource(SourceEntry entry, DataPath at) => new(
        Slug(entry.Id, at, "id"),
        Text(entry.Name, at, "name", required: true)!,
        Blank(entry.Url),
        entry.Updated);

    private Body ToBody(BodyEntry entry, DataPath at, string networkId)
    {
        var body = NewBody(entry, at, networkId);
        // A term is known by its body and first day, also when an import matches it with the database.
        foreach (var (term, i) in body.Terms.Select((t, i) => (t, i)).Where(p => body.Terms.Take(p.i).Any(t => t.Start == p.t.Start)))
        {
            Error(at.Property("terms").Item(i), "start", $"another term of this body starts on {term.Start:yyyy-MM-dd}");
        }
        return body;
    }

    private Body NewBody(BodyEntry entry, DataPath at, string networkId) => new()
    {
        Id = Slug(entry.Id, at, "id"),
        NetworkId = networkId,
        Kind = Required(entry.Kind, at, "kind"),
        Name = Text(entry.Name, at, "name", required: true)!,
        Description = Text(entry.Description, at, "description"),
        MembersRole = Text(entry.MembersRole, at, "membersRole"),
        TermLengthYears = NonNegative(entry.TermLengthYears, at, "termLengthYears"),
        MeetingsPerYear = NonNegative(entry.MeetingsPerYear, at, "meetingsPerYear"),
        MeetingCadence = Text(entry.MeetingCadence, at, "meetingCadence"),
        SinceYear = entry.SinceYear,
        AppointedBy = Text(entry.AppointedBy, at, "appointedBy"),
        MemberCount = NonNegative(entry.MemberCount, at, "memberCount"),
        DeputyCount = NonNegative(entry.DeputyCount, at, "deputyCount"),
        Terms = Each(entry.Terms, at.Property("terms"), (t, p) => ToTerm(t, p, entry.Id ?? "")),
        Attribution = Source(entry.SourceName, entry.AsOf, at),
    };

    private Term ToTerm(TermEntry entry, DataPath at, string bodyId)
    {
        var start = Required(entry.Start, at, "start");
        var end = Required(entry.End, at, "end");
        if (end < start) Error(at, "end", "the term ends before it starts");
        if (entry.SourceId is { } source && !_networkSourceIds.Contains(source))
        {
            Error(at, "sourceId", $"unknown source '{source}' (list it under the network's sources)");
        }
        var term = new Term { Id = ++_termIds, BodyId = bodyId, Start = start, End = end, IsDemo = entry.IsDemo ?? false, SourceId = entry.SourceId };
        term.Seats = Each(entry.Seats, at.Property("seats"), (s, p) => ToSeat(s, p, term.Id));
        foreach (var duplicate in term.Seats.GroupBy(s => s.RegionId).Where(g => g.Count() > 1))
        {
            Error(at, "seats", $"region '{duplicate.Key}' has more than one seat in this term");
        }
        return term;
    }

    private Seat ToSeat(SeatEntry entry, DataPath at, int termId)
    {
        foreach (var (maakunta, i) in (entry.Maakunnat ?? []).Select((m, i) => (m, i)))
        {
            KnownRegion(maakunta, at.Property("maakunnat").Item(i), null);
        }
        return new Seat
        {
            Id = ++_seatIds,
            TermId = termId,
            RegionId = Slug(entry.RegionId, at, "regionId"),
            RegionName = Text(entry.RegionName, at, "regionName", required: true)!,
            Maakunnat = entry.Maakunnat ?? [],
            MemberId = KnownPerson(entry.MemberId, at, "memberId"),
            DeputyId = KnownPerson(entry.DeputyId, at, "deputyId"),
        };
    }

    private RoleAssignment ToRole(RoleEntry entry, DataPath at, string networkId)
    {
        if (entry.BodyId is { } body && _bodyNetworks.GetValueOrDefault(body) != networkId)
        {
            Error(at, "bodyId", $"body '{body}' is not a body of network '{networkId}'");
        }
        if (entry.From is { } from && entry.Until is { } until && until < from) Error(at, "until", "the role ends before it starts");
        return new RoleAssignment
        {
            Id = ++_roleIds,
            PersonId = KnownPerson(Required(entry.PersonId, at, "personId"), at, "personId") ?? "",
            NetworkId = networkId,
            BodyId = entry.BodyId,
            Role = Required(entry.Role, at, "role"),
            From = entry.From,
            Until = entry.Until,
            IsDemo = entry.IsDemo ?? false,
            Attribution = Source(entry.SourceName, entry.AsOf, at),
        };
    }

    /// <summary>A network's members; each the catalog's own membership where the file has it unchanged (see <see cref="Unchanged(MemberEntry, NetworkMembership)"/>).</summary>
    private void Members(List<MemberEntry>? entries, DataPath list, string networkId)
    {
        var stored = catalog?.MembershipsByNetwork.GetValueOrDefault(networkId);
        for (var i = 0; i < (entries?.Count ?? 0); i++)
        {
            if (entries![i] is not { } entry)
            {
                Error(list.Item(i), null, "must be an object, not null");
                continue;
            }
            // As ToMembership pairs it: the network's first membership of a known person, with the catalog's first of that person.
            if (stored is not null && entry.PersonId is { } personId && !string.IsNullOrWhiteSpace(personId) && _personIds.Contains(personId)
                && FirstOf(stored, personId) is { } known && Unchanged(entry, known) && _networkMemberIds.Add(personId))
            {
                ++_membershipIds;
                _memberships.Add(known);
                continue;
            }
            _memberships.Add(ToMembership(entry, list.Item(i), networkId));
        }
    }

    private static NetworkMembership? FirstOf(IReadOnlyList<NetworkMembership> memberships, string personId)
    {
        for (var i = 0; i < memberships.Count; i++)
        {
            if (memberships[i].PersonId == personId) return memberships[i];
        }
        return null;
    }

    private NetworkMembership ToMembership(MemberEntry entry, DataPath at, string networkId)
    {
        var membership = new NetworkMembership
        {
            Id = ++_membershipIds,
            NetworkId = networkId,
            PersonId = KnownPerson(Required(entry.PersonId, at, "personId"), at, "personId") ?? "",
            JoinedOn = entry.JoinedOn,
            LeftOn = entry.LeftOn,
            InGroup = entry.InGroup ?? false,
        };
        // Only the network's first membership of a person: an import pairs it with the catalog's first (a second is "#2").
        if (catalog?.MembershipsByNetwork.GetValueOrDefault(networkId) is not { } stored || !_networkMemberIds.Add(membership.PersonId)) return membership;
        return FirstOf(stored, membership.PersonId) is { } candidate ? Shared(membership, candidate, CatalogFields.Membership) : membership;
    }

    private PriorityDocument ToDocument(PriorityDocumentEntry entry, DataPath at)
    {
        if (entry.NetworkId is { } network && !_networkIds.Contains(network)) Error(at, "networkId", $"unknown network '{network}'");
        return new PriorityDocument
        {
            Id = Slug(entry.Id, at, "id"),
            Title = Text(entry.Title, at, "title", required: true)!,
            NetworkId = entry.NetworkId,
            ApprovedOn = entry.ApprovedOn,
            ApprovedBy = Text(entry.ApprovedBy, at, "approvedBy"),
            Description = Text(entry.Description, at, "description"),
            Items = Each(entry.Items, at.Property("items"), (item, p) => new PriorityItem
            {
                Id = ++_itemIds,
                Category = Required(item.Category, p, "category"),
                Heading = Text(item.Heading, p, "heading", required: true)!,
                Points = item.Points ?? [],
            }),
            Attribution = Source(entry.SourceName, entry.AsOf, at),
        };
    }

    private void AddMeetings(MeetingEntry entry, DataPath at)
    {
        var networkId = Required(entry.NetworkId, at, "networkId");
        if (networkId.Length > 0 && !_networkIds.Contains(networkId)) Error(at, "networkId", $"unknown network '{networkId}'");
        if (entry.BodyId is { } body && _bodyNetworks.GetValueOrDefault(body) != networkId)
        {
            Error(at, "bodyId", $"body '{body}' is not a body of network '{networkId}'");
        }
        if (entry.JointWithNetworkId is { } joint && !_networkIds.Contains(joint))
        {
            Error(at, "jointWithNetworkId", $"unknown network '{joint}'");
        }
        var start = Start(entry.Start, at, "start");
        var duration = Duration(entry.Duration, at, "duration");
        if (start is null || duration is null) return;
        var (local, offset) = start.Value;
        if (entry.Recurrence is not { } text)
        {
            if (StartsAt(local, offset, at, "start") is { } startsAt) AddMeeting(entry, at, networkId, startsAt, duration.Value);
            return;
        }
        if (entry.Id is not null || offset is not null)
        {
            Error(at, "recurrence", "a repeating meeting has neither an id nor an offset in its start: those belong to one meeting");
            return;
        }
        if (!RecurrenceRule.TryParse(text, out var rule, out var problem))
        {
            Error(at, "recurrence", problem);
            return;
        }
        var time = TimeOnly.FromDateTime(local);
        foreach (var date in rule!.Occurrences(DateOnly.FromDateTime(local)))
        {
            if (StartsAt(date.ToDateTime(time), offset, at, "start") is { } startsAt) AddMeeting(entry, at, networkId, startsAt, duration.Value);
        }
    }

    private void AddMeeting(MeetingEntry entry, DataPath at, string networkId, DateTimeOffset startsAt, TimeSpan duration)
    {
        // A meeting is paired with the catalog's by the id the file gives; one numbered here has none yet.
        var stored = entry.Id is { } id ? catalog?.MeetingsById.GetValueOrDefault(id) : null;
        if (stored is not null && Unchanged(entry, stored, networkId, startsAt, duration))
        {
            _meetings.Add(stored);
            return;
        }
        var meeting = new Meeting
        {
            Id = entry.Id ?? ++_meetingIds,
            NetworkId = networkId,
            BodyId = entry.BodyId,
            Kind = entry.Kind ?? MeetingKind.NetworkMeeting,
            Title = Text(entry.Title, at, "title"),
            StartsAt = startsAt,
            EndsAt = startsAt + duration,
            Place = entry.Place,
            TeamsLink = entry.TeamsLink,
            Agenda = entry.Agenda ?? [],
            Materials = entry.Materials ?? [],
            Invited = Text(entry.Invited, at, "invited"),
            JointWithNetworkId = entry.JointWithNetworkId,
            IsCancelled = entry.IsCancelled ?? false,
            IsDemo = entry.IsDemo ?? false,
        };
        _meetings.Add(stored is not null ? Shared(meeting, stored, CatalogFields.Meeting) : meeting);
    }

    /// <summary>
    /// The meeting ids the file gives (an exported file gives every meeting's), read first so that meetings without
    /// one are numbered after them.
    /// </summary>
    private void CollectMeetingIds(List<MeetingEntry>? meetings)
    {
        for (var i = 0; i < (meetings?.Count ?? 0); i++)
        {
            if (meetings![i]?.Id is not { } id) continue;
            if (id <= 0) Error(DataPath.Root.Property("meetings").Item(i), "id", "must be a positive number");
            else if (!_meetingIdsFromFile.Add(id)) Error(DataPath.Root.Property("meetings").Item(i), "id", $"meeting id {id} is used twice");
        }
        _meetingIds = _meetingIdsFromFile.DefaultIfEmpty().Max();
    }

    private (DateTime Local, TimeSpan? Offset)? Start(string? text, DataPath at, string field)
    {
        if (Required(text, at, field) is not { Length: > 0 } value) return null;
        if (IsoDate.TryLocalTime(value, out var local) || DateTime.TryParseExact(value, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out local))
        {
            return (local, null);
        }
        if (DateTimeOffset.TryParseExact(value, OffsetFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var exact))
        {
            return (exact.DateTime, exact.Offset);
        }
        Error(at, field, $"'{value}' is not a Helsinki local time like 2026-12-08T09:00");
        return null;
    }

    /// <summary>The UTC start of a Helsinki wall-clock time; a given offset must be one Helsinki uses at that time.</summary>
    private DateTimeOffset? StartsAt(DateTime local, TimeSpan? offset, DataPath at, string field)
    {
        if (!HelsinkiTime.TryToUtc(local, out var startsAt))
        {
            Error(at, field, $"{local:yyyy-MM-dd HH:mm} does not exist in Helsinki time (clocks go forward)");
            return null;
        }
        if (offset is not { } given) return startsAt;
        var zone = HelsinkiTime.Zone;
        var offsets = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local) : [zone.GetUtcOffset(local)];
        if (offsets.Contains(given)) return new DateTimeOffset(local, given).ToUniversalTime();
        Error(at, field, $"Helsinki time is not {given.TotalHours:0.##} hours ahead of UTC at {local:yyyy-MM-dd HH:mm}");
        return null;
    }

    private TimeSpan? Duration(string? text, DataPath at, string field)
    {
        if (Required(text, at, field) is not { Length: > 0 } value) return null;
        try
        {
            var duration = XmlConvert.ToTimeSpan(value);
            if (duration > TimeSpan.Zero && duration <= TimeSpan.FromDays(7)) return duration;
        }
        catch (FormatException)
        {
        }
        Error(at, field, $"'{value}' is not an ISO 8601 duration between a minute and a week, like PT2H or PT1H30M");
        return null;
    }

    private Attribution Source(TextEntry? name, string? asOf, DataPath at)
    {
        var (date, precision) = PartialDate(asOf, at, "asOf");
        return new Attribution { Name = Text(name, at, "sourceName"), AsOf = date, AsOfPrecision = precision };
    }

    private (DateOnly?, DatePrecision) PartialDate(string? text, DataPath at, string field)
    {
        if (TryPartialDate(text, out var date, out var precision)) return (date, precision);
        Error(at, field, $"'{text}' is not a date like 2019, 2019-11 or 2019-11-15");
        return (null, DatePrecision.Day);
    }

    private static bool TryPartialDate(string? text, out DateOnly? date, out DatePrecision precision)
    {
        (date, precision) = (null, DatePrecision.Day);
        if (text is null) return true;
        if (IsoDate.TryDay(text, out var plainDay)) (date, precision) = (plainDay, DatePrecision.Day);
        else if (IsoDate.TryMonth(text, out var plainMonth)) (date, precision) = (plainMonth, DatePrecision.Month);
        else if (IsoDate.TryYear(text, out var plainYear)) (date, precision) = (plainYear, DatePrecision.Year);
        else if (DateOnly.TryParseExact(text, "yyyy-MM-dd", out var day)) (date, precision) = (day, DatePrecision.Day);
        else if (DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", out var month)) (date, precision) = (month, DatePrecision.Month);
        else if (DateOnly.TryParseExact(text + "-01-01", "yyyy-MM-dd", out var year)) (date, precision) = (year, DatePrecision.Year);
        else return false;
        return true;
    }

    private void KnownRegion(string maakunta, DataPath at, string? field)
    {
        if (_regionIds.Count > 0 && !_regionIds.Contains(maakunta)) Error(at, field, $"unknown maakunta '{maakunta}' (list it under regions)");
    }

    private string? KnownPerson(string? id, DataPath at, string field)
    {
        if (id is { Length: > 0 } && !_personIds.Contains(id)) Error(at, field, $"unknown person '{id}'");
        return id;
    }

    /// <param name="field">The text's field of <paramref name="at"/>, or null when <paramref name="at"/> is the text itself (an item of a list).</param>
    private LocalizedText? Text(TextEntry? entry, DataPath at, string? field, bool required = false)
    {
        if (entry is null)
        {
            if (required) Error(at, field, "is required");
            return required ? new LocalizedText("") : null;
        }
        if (string.IsNullOrWhiteSpace(entry.Fi)) Error(at, field is null ? "fi" : $"{field}.fi", "the Finnish text is required");
        return new LocalizedText(entry.Fi ?? "", Blank(entry.Sv), Blank(entry.En));
    }

    private List<LocalizedText> Texts(List<TextEntry>? entries, DataPath at, string field)
    {
        if (entries is not { Count: > 0 }) return [];
        var list = at.Property(field);
        return [.. entries.Select((e, i) => Text(e, list.Item(i), null, required: true)!)];
    }

    private string Slug(string? id, DataPath at, string field)
    {
        var value = Required(id, at, field);
        if (value.Length > 0 && !SlugPattern().IsMatch(value)) Error(at, field, $"'{value}' is not an id of lower-case letters, digits and hyphens");
        return value;
    }

    private string Required(string? value, DataPath at, string field)
    {
        if (string.IsNullOrWhiteSpace(value)) Error(at, field, "is required");
        return value ?? "";
    }

    private T Required<T>(T? value, DataPath at, string field) where T : struct
    {
        if (value is null) Error(at, field, "is required");
        return value ?? default;
    }

    private int? NonNegative(int? value, DataPath at, string field)
    {
        if (value < 0) Error(at, field, "must not be negative");
        return value;
    }

    private List<TResult> Each<TEntry, TResult>(IReadOnlyList<TEntry?>? entries, DataPath list, Func<TEntry, DataPath, TResult> convert)
        where TEntry : class
    {
        var results = new List<TResult>(entries?.Count ?? 0);
        for (var i = 0; i < (entries?.Count ?? 0); i++)
        {
            if (entries![i] is { } entry) results.Add(convert(entry, list.Item(i)));
            else Error(list.Item(i), null, "must be an object, not null");
        }
        return results;
    }

    // Lines are found once the whole file is checked (see DataFileLoader): a good file is never scanned for them, and
    // its paths are never written.
    private void Error(DataPath at, string? field, string message) =>
        _errors.Add(new DataFileError(0, field is null ? at.ToString() : at.Of(field), message));

    /// <summary>The catalog's entity in place of the file's when every field an import compares is the same (see the class).</summary>
    private static T Shared<T>(T incoming, T stored, FieldList<T> fields) => fields.Same(stored, incoming) ? stored : incoming;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex SlugPattern();
}

using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using Verkostot.Core.Catalog;
using Verkostot.Core.Domain;
using Verkostot.Core.Time;

namespace Verkostot.Core.Import;

/// <summary>
/// Checks a deserialized data file and turns it into domain entities. Numeric ids (terms, seats, roles,
/// memberships, meetings, priority items) are numbered here in file order.
/// </summary>
internal sealed partial class DataFileConverter
{
    private readonly List<DataFileError> _errors = [];
    private readonly HashSet<string> _regionIds = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _municipalityIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _personIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _bodyNetworks = new(StringComparer.Ordinal);
    private readonly HashSet<string> _networkIds = new(StringComparer.Ordinal);
    private readonly HashSet<int> _meetingIdsFromFile = [];
    private readonly HashSet<string> _networkSourceIds = new(StringComparer.Ordinal);
    private int _termIds, _seatIds, _roleIds, _membershipIds, _meetingIds, _itemIds;

    public IReadOnlyList<DataFileError> Errors => _errors;

    /// <summary>The meetings whose ids the file gave; the others were numbered here.</summary>
    public IReadOnlySet<int> MeetingIdsFromFile => _meetingIdsFromFile;

    public CatalogContent Convert(DataFile file)
    {
        if (file.FormatVersion is not null and not 1) Error("$.formatVersion", "only formatVersion 1 is known");
        var regions = Each(file.Regions, "$.regions", ToRegion);
        var municipalities = Each(file.Municipalities, "$.municipalities", ToMunicipality);
        var people = Each(file.People, "$.people", ToPerson);
        // Network and body ids first, so that meetings and documents may refer to any network in the file.
        CollectNetworkIds(file.Networks);
        var bodies = new List<Body>();
        var roles = new List<RoleAssignment>();
        var memberships = new List<NetworkMembership>();
        var networks = Each(file.Networks, "$.networks", (n, p) => ToNetwork(n, p, bodies, roles, memberships));
        var documents = Each(file.PriorityDocuments, "$.priorityDocuments", ToDocument);
        var meetings = new List<Meeting>();
        CollectMeetingIds(file.Meetings);
        Each(file.Meetings, "$.meetings", (m, p) => { meetings.AddRange(ToMeetings(m, p)); return 0; });
        return new CatalogContent(regions, municipalities, people, networks, bodies, roles, memberships, meetings, documents);
    }

    private void CollectNetworkIds(List<NetworkEntry>? networks)
    {
        for (var i = 0; i < (networks?.Count ?? 0); i++)
        {
            var network = networks![i];
            if (network.Id is { } id && !_networkIds.Add(id)) Error($"$.networks[{i}].id", $"network id '{id}' is used twice");
            for (var j = 0; j < (network.Bodies?.Count ?? 0); j++)
            {
                if (network.Bodies![j].Id is not { } bodyId || network.Id is null) continue;
                if (!_bodyNetworks.TryAdd(bodyId, network.Id)) Error($"$.networks[{i}].bodies[{j}].id", $"body id '{bodyId}' is used twice");
            }
        }
    }

    private Region ToRegion(RegionEntry entry, string path)
    {
        var name = Text(entry.Name, $"{path}.name", required: true)!;
        if (!_regionIds.Add(name.Fi)) Error($"{path}.name", $"region '{name.Fi}' is listed twice");
        return new Region { Id = name.Fi, Name = name };
    }

    private Municipality ToMunicipality(MunicipalityEntry entry, string path)
    {
        var id = Slug(entry.Id, $"{path}.id");
        if (!_municipalityIds.Add(id)) Error($"{path}.id", $"municipality id '{id}' is used twice");
        if (entry.Maakunta is { } maakunta) KnownRegion(maakunta, $"{path}.maakunta");
        return new Municipality
        {
            Id = id,
            NameFi = Required(entry.NameFi, $"{path}.nameFi"),
            NameSv = entry.NameSv,
            Maakunta = entry.Maakunta,
            Language = entry.Language ?? MunicipalityLanguage.Finnish,
        };
    }

    private Person ToPerson(PersonEntry entry, string path)
    {
        var id = Slug(entry.Id, $"{path}.id");
        if (!_personIds.Add(id)) Error($"{path}.id", $"person id '{id}' is used twice");
        if (entry.MunicipalityId is { } municipality && !_municipalityIds.Contains(municipality))
        {
            Error($"{path}.municipalityId", $"unknown municipality '{municipality}'");
        }
        return new Person
        {
            Id = id,
            Name = Required(entry.Name, $"{path}.name"),
            Title = Text(entry.Title, $"{path}.title"),
            MunicipalityId = entry.MunicipalityId,
            Organisation = entry.Organisation,
            Email = entry.Email,
            Phones = entry.Phones ?? [],
            EntraObjectId = entry.EntraObjectId,
            UserPrincipalName = entry.UserPrincipalName,
            Language = entry.Language,
            IsGuest = entry.IsGuest ?? false,
            IsDemo = entry.IsDemo ?? false,
            Responsibilities = Texts(entry.Responsibilities, $"{path}.responsibilities"),
            Attribution = Source(entry.SourceName, entry.AsOf, path),
        };
    }

    private Network ToNetwork(NetworkEntry entry, string path, List<Body> bodies, List<RoleAssignment> roles, List<NetworkMembership> memberships)
    {
        var id = Slug(entry.Id, $"{path}.id");
        var (founded, precision) = PartialDate(entry.Founded, $"{path}.founded");
        var sources = Each(entry.Sources, $"{path}.sources", ToSource);
        _networkSourceIds.Clear();
        foreach (var (source, i) in sources.Select((s, i) => (s, i)))
        {
            if (!_networkSourceIds.Add(source.Id)) Error($"{path}.sources[{i}].id", $"source id '{source.Id}' is used twice in this network");
        }
        bodies.AddRange(Each(entry.Bodies, $"{path}.bodies", (b, p) => ToBody(b, p, id)));
        roles.AddRange(Each(entry.Roles, $"{path}.roles", (r, p) => ToRole(r, p, id)));
        memberships.AddRange(Each(entry.Members, $"{path}.members", (m, p) => ToMembership(m, p, id)));
        return new Network
        {
            Id = id,
            Name = Text(entry.Name, $"{path}.name", required: true)!,
            Kind = entry.Kind ?? NetworkKind.MunicipalityType,
            Description = Text(entry.Description, $"{path}.description"),
            MembershipCriteria = Text(entry.MembershipCriteria, $"{path}.membershipCriteria"),
            MembersRole = Text(entry.MembersRole, $"{path}.membersRole"),
            MunicipalityCount = NonNegative(entry.MunicipalityCount, $"{path}.municipalityCount"),
            Residents = NonNegative(entry.Residents, $"{path}.residents"),
            ResidentsApproximate = entry.ResidentsApproximate ?? false,
            Founded = founded,
            FoundedPrecision = precision,
            MeetingCadence = Text(entry.MeetingCadence, $"{path}.meetingCadence"),
            Themes = Texts(entry.Themes, $"{path}.themes"),
            Channels = Texts(entry.Channels, $"{path}.channels"),
            Details = Texts(entry.Details, $"{path}.details"),
            Sources = sources,
            TeamId = entry.TeamId,
            ChannelId = entry.ChannelId,
            GroupId = entry.GroupId,
            IsDemo = entry.IsDemo ?? false,
            Attribution = Source(entry.SourceName, entry.AsOf, path),
        };
    }

    private FactSource ToSource(SourceEntry entry, string path) => new(
        Slug(entry.Id, $"{path}.id"),
        Text(entry.Name, $"{path}.name", required: true)!,
        Blank(entry.Url),
        entry.Updated);

    private Body ToBody(BodyEntry entry, string path, string networkId)
    {
        var body = NewBody(entry, path, networkId);
        // A term is known by its body and first day, also when an import matches it with the database.
        foreach (var (term, i) in body.Terms.Select((t, i) => (t, i)).Where(p => body.Terms.Take(p.i).Any(t => t.Start == p.t.Start)))
        {
            Error($"{path}.terms[{i}].start", $"another term of this body starts on {term.Start:yyyy-MM-dd}");
        }
        return body;
    }

    private Body NewBody(BodyEntry entry, string path, string networkId) => new()
    {
        Id = Slug(entry.Id, $"{path}.id"),
        NetworkId = networkId,
        Kind = Required(entry.Kind, $"{path}.kind"),
        Name = Text(entry.Name, $"{path}.name", required: true)!,
        Description = Text(entry.Description, $"{path}.description"),
        MembersRole = Text(entry.MembersRole, $"{path}.membersRole"),
        TermLengthYears = NonNegative(entry.TermLengthYears, $"{path}.termLengthYears"),
        MeetingsPerYear = NonNegative(entry.MeetingsPerYear, $"{path}.meetingsPerYear"),
        MeetingCadence = Text(entry.MeetingCadence, $"{path}.meetingCadence"),
        SinceYear = entry.SinceYear,
        AppointedBy = Text(entry.AppointedBy, $"{path}.appointedBy"),
        MemberCount = NonNegative(entry.MemberCount, $"{path}.memberCount"),
        DeputyCount = NonNegative(entry.DeputyCount, $"{path}.deputyCount"),
        Terms = Each(entry.Terms, $"{path}.terms", (t, p) => ToTerm(t, p, entry.Id ?? "")),
        Attribution = Source(entry.SourceName, entry.AsOf, path),
    };

    private Term ToTerm(TermEntry entry, string path, string bodyId)
    {
        var start = Required(entry.Start, $"{path}.start");
        var end = Required(entry.End, $"{path}.end");
        if (end < start) Error($"{path}.end", "the term ends before it starts");
        if (entry.SourceId is { } source && !_networkSourceIds.Contains(source))
        {
            Error($"{path}.sourceId", $"unknown source '{source}' (list it under the network's sources)");
        }
        var term = new Term { Id = ++_termIds, BodyId = bodyId, Start = start, End = end, IsDemo = entry.IsDemo ?? false, SourceId = entry.SourceId };
        term.Seats = Each(entry.Seats, $"{path}.seats", (s, p) => ToSeat(s, p, term.Id));
        foreach (var duplicate in term.Seats.GroupBy(s => s.RegionId).Where(g => g.Count() > 1))
        {
            Error($"{path}.seats", $"region '{duplicate.Key}' has more than one seat in this term");
        }
        return term;
    }

    private Seat ToSeat(SeatEntry entry, string path, int termId)
    {
        foreach (var (maakunta, i) in (entry.Maakunnat ?? []).Select((m, i) => (m, i)))
        {
            KnownRegion(maakunta, $"{path}.maakunnat[{i}]");
        }
        return new Seat
        {
            Id = ++_seatIds,
            TermId = termId,
            RegionId = Slug(entry.RegionId, $"{path}.regionId"),
            RegionName = Text(entry.RegionName, $"{path}.regionName", required: true)!,
            Maakunnat = entry.Maakunnat ?? [],
            MemberId = KnownPerson(entry.MemberId, $"{path}.memberId"),
            DeputyId = KnownPerson(entry.DeputyId, $"{path}.deputyId"),
        };
    }

    private RoleAssignment ToRole(RoleEntry entry, string path, string networkId)
    {
        if (entry.BodyId is { } body && _bodyNetworks.GetValueOrDefault(body) != networkId)
        {
            Error($"{path}.bodyId", $"body '{body}' is not a body of network '{networkId}'");
        }
        if (entry.From is { } from && entry.Until is { } until && until < from) Error($"{path}.until", "the role ends before it starts");
        return new RoleAssignment
        {
            Id = ++_roleIds,
            PersonId = KnownPerson(Required(entry.PersonId, $"{path}.personId"), $"{path}.personId") ?? "",
            NetworkId = networkId,
            BodyId = entry.BodyId,
            Role = Required(entry.Role, $"{path}.role"),
            From = entry.From,
            Until = entry.Until,
            IsDemo = entry.IsDemo ?? false,
            Attribution = Source(entry.SourceName, entry.AsOf, path),
        };
    }

    private NetworkMembership ToMembership(MemberEntry entry, string path, string networkId) => new()
    {
        Id = ++_membershipIds,
        NetworkId = networkId,
        PersonId = KnownPerson(Required(entry.PersonId, $"{path}.personId"), $"{path}.personId") ?? "",
        JoinedOn = entry.JoinedOn,
        LeftOn = entry.LeftOn,
        InGroup = entry.InGroup ?? false,
    };

    private PriorityDocument ToDocument(PriorityDocumentEntry entry, string path)
    {
        if (entry.NetworkId is { } network && !_networkIds.Contains(network)) Error($"{path}.networkId", $"unknown network '{network}'");
        return new PriorityDocument
        {
            Id = Slug(entry.Id, $"{path}.id"),
            Title = Text(entry.Title, $"{path}.title", required: true)!,
            NetworkId = entry.NetworkId,
            ApprovedOn = entry.ApprovedOn,
            ApprovedBy = Text(entry.ApprovedBy, $"{path}.approvedBy"),
            Description = Text(entry.Description, $"{path}.description"),
            Items = Each(entry.Items, $"{path}.items", (item, p) => new PriorityItem
            {
                Id = ++_itemIds,
                Category = Required(item.Category, $"{p}.category"),
                Heading = Text(item.Heading, $"{p}.heading", required: true)!,
                Points = item.Points ?? [],
            }),
            Attribution = Source(entry.SourceName, entry.AsOf, path),
        };
    }

    private IEnumerable<Meeting> ToMeetings(MeetingEntry entry, string path)
    {
        var networkId = Required(entry.NetworkId, $"{path}.networkId");
        if (networkId.Length > 0 && !_networkIds.Contains(networkId)) Error($"{path}.networkId", $"unknown network '{networkId}'");
        if (entry.BodyId is { } body && _bodyNetworks.GetValueOrDefault(body) != networkId)
        {
            Error($"{path}.bodyId", $"body '{body}' is not a body of network '{networkId}'");
        }
        if (entry.JointWithNetworkId is { } joint && !_networkIds.Contains(joint))
        {
            Error($"{path}.jointWithNetworkId", $"unknown network '{joint}'");
        }
        var start = Start(entry.Start, $"{path}.start");
        var duration = Duration(entry.Duration, $"{path}.duration");
        if (start is null || duration is null) return [];
        var (local, offset) = start.Value;
        IEnumerable<DateOnly> dates = [DateOnly.FromDateTime(local)];
        if (entry.Recurrence is { } text)
        {
            if (entry.Id is not null || offset is not null)
            {
                Error($"{path}.recurrence", "a repeating meeting has neither an id nor an offset in its start: those belong to one meeting");
                return [];
            }
            if (!RecurrenceRule.TryParse(text, out var rule, out var problem))
            {
                Error($"{path}.recurrence", problem);
                return [];
            }
            dates = rule!.Occurrences(DateOnly.FromDateTime(local));
        }
        var time = TimeOnly.FromDateTime(local);
        var meetings = new List<Meeting>();
        foreach (var date in dates)
        {
            if (StartsAt(date.ToDateTime(time), offset, $"{path}.start") is not { } startsAt) continue;
            meetings.Add(new Meeting
            {
                Id = entry.Id ?? ++_meetingIds,
                NetworkId = networkId,
                BodyId = entry.BodyId,
                Kind = entry.Kind ?? MeetingKind.NetworkMeeting,
                Title = Text(entry.Title, $"{path}.title"),
                StartsAt = startsAt,
                EndsAt = startsAt + duration.Value,
                Place = entry.Place,
                TeamsLink = entry.TeamsLink,
                Agenda = entry.Agenda ?? [],
                Materials = entry.Materials ?? [],
                Invited = Text(entry.Invited, $"{path}.invited"),
                JointWithNetworkId = entry.JointWithNetworkId,
                IsCancelled = entry.IsCancelled ?? false,
                IsDemo = entry.IsDemo ?? false,
            });
        }
        return meetings;
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
            if (id <= 0) Error($"$.meetings[{i}].id", "must be a positive number");
            else if (!_meetingIdsFromFile.Add(id)) Error($"$.meetings[{i}].id", $"meeting id {id} is used twice");
        }
        _meetingIds = _meetingIdsFromFile.DefaultIfEmpty().Max();
    }

    private (DateTime Local, TimeSpan? Offset)? Start(string? text, string path)
    {
        if (Required(text, path) is not { Length: > 0 } value) return null;
        if (DateTime.TryParseExact(value, ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return (local, null);
        }
        if (DateTimeOffset.TryParseExact(value, ["yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:sszzz"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var exact))
        {
            return (exact.DateTime, exact.Offset);
        }
        Error(path, $"'{value}' is not a Helsinki local time like 2026-12-08T09:00");
        return null;
    }

    /// <summary>The UTC start of a Helsinki wall-clock time; a given offset must be one Helsinki uses at that time.</summary>
    private DateTimeOffset? StartsAt(DateTime local, TimeSpan? offset, string path)
    {
        if (!HelsinkiTime.TryToUtc(local, out var startsAt))
        {
            Error(path, $"{local:yyyy-MM-dd HH:mm} does not exist in Helsinki time (clocks go forward)");
            return null;
        }
        if (offset is not { } given) return startsAt;
        var zone = HelsinkiTime.Zone;
        var offsets = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local) : [zone.GetUtcOffset(local)];
        if (offsets.Contains(given)) return new DateTimeOffset(local, given).ToUniversalTime();
        Error(path, $"Helsinki time is not {given.TotalHours:0.##} hours ahead of UTC at {local:yyyy-MM-dd HH:mm}");
        return null;
    }

    private TimeSpan? Duration(string? text, string path)
    {
        if (Required(text, path) is not { Length: > 0 } value) return null;
        try
        {
            var duration = XmlConvert.ToTimeSpan(value);
            if (duration > TimeSpan.Zero && duration <= TimeSpan.FromDays(7)) return duration;
        }
        catch (FormatException)
        {
        }
        Error(path, $"'{value}' is not an ISO 8601 duration between a minute and a week, like PT2H or PT1H30M");
        return null;
    }

    private Attribution Source(TextEntry? name, string? asOf, string path)
    {
        var (date, precision) = PartialDate(asOf, $"{path}.asOf");
        return new Attribution { Name = Text(name, $"{path}.sourceName"), AsOf = date, AsOfPrecision = precision };
    }

    private (DateOnly?, DatePrecision) PartialDate(string? text, string path)
    {
        if (text is null) return (null, DatePrecision.Day);
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", out var day)) return (day, DatePrecision.Day);
        if (DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", out var month)) return (month, DatePrecision.Month);
        if (DateOnly.TryParseExact(text + "-01-01", "yyyy-MM-dd", out var year)) return (year, DatePrecision.Year);
        Error(path, $"'{text}' is not a date like 2019, 2019-11 or 2019-11-15");
        return (null, DatePrecision.Day);
    }

    private void KnownRegion(string maakunta, string path)
    {
        if (_regionIds.Count > 0 && !_regionIds.Contains(maakunta)) Error(path, $"unknown maakunta '{maakunta}' (list it under regions)");
    }

    private string? KnownPerson(string? id, string path)
    {
        if (id is { Length: > 0 } && !_personIds.Contains(id)) Error(path, $"unknown person '{id}'");
        return id;
    }

    private LocalizedText? Text(TextEntry? entry, string path, bool required = false)
    {
        if (entry is null)
        {
            if (required) Error(path, "is required");
            return required ? new LocalizedText("") : null;
        }
        if (string.IsNullOrWhiteSpace(entry.Fi)) Error($"{path}.fi", "the Finnish text is required");
        return new LocalizedText(entry.Fi ?? "", Blank(entry.Sv), Blank(entry.En));
    }

    private List<LocalizedText> Texts(List<TextEntry>? entries, string path) =>
        [.. (entries ?? []).Select((e, i) => Text(e, $"{path}[{i}]", required: true)!)];

    private string Slug(string? id, string path)
    {
        var value = Required(id, path);
        if (value.Length > 0 && !SlugPattern().IsMatch(value)) Error(path, $"'{value}' is not an id of lower-case letters, digits and hyphens");
        return value;
    }

    private string Required(string? value, string path)
    {
        if (string.IsNullOrWhiteSpace(value)) Error(path, "is required");
        return value ?? "";
    }

    private T Required<T>(T? value, string path) where T : struct
    {
        if (value is null) Error(path, "is required");
        return value ?? default;
    }

    private int? NonNegative(int? value, string path)
    {
        if (value < 0) Error(path, "must not be negative");
        return value;
    }

    private List<TResult> Each<TEntry, TResult>(IReadOnlyList<TEntry?>? entries, string path, Func<TEntry, string, TResult> convert)
        where TEntry : class
    {
        var results = new List<TResult>();
        for (var i = 0; i < (entries?.Count ?? 0); i++)
        {
            if (entries![i] is { } entry) results.Add(convert(entry, $"{path}[{i}]"));
            else Error($"{path}[{i}]", "must be an object, not null");
        }
        return results;
    }

    // Lines are found once the whole file is checked (see DataFileLoader): a good file is never scanned for them.
    private void Error(string path, string message) => _errors.Add(new DataFileError(0, path, message));

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex SlugPattern();
}

using Verkostot.Core.Domain;

namespace Verkostot.Core.Import;

// The JSON data file as written (see core/DemoData/README-format.md). Everything is optional here so that
// missing fields become line-numbered validation errors instead of serializer exceptions.
// "source" on any element is a free note on where the fact comes from (a seed, or "demo"); it is not stored.
// "sourceName" and "asOf" are stored: who states the fact and when it held; answers show them.

public sealed class DataFile
{
    public int? FormatVersion { get; set; }
    public string? Source { get; set; }
    public List<RegionEntry>? Regions { get; set; }
    public List<MunicipalityEntry>? Municipalities { get; set; }
    public List<PersonEntry>? People { get; set; }
    public List<NetworkEntry>? Networks { get; set; }
    public List<PriorityDocumentEntry>? PriorityDocuments { get; set; }
    public List<MeetingEntry>? Meetings { get; set; }
}

public sealed class TextEntry
{
    public string? Fi { get; set; }
    public string? Sv { get; set; }
    public string? En { get; set; }
}

public sealed class RegionEntry
{
    public TextEntry? Name { get; set; }
    public string? Source { get; set; }
}

public sealed class MunicipalityEntry
{
    public string? Id { get; set; }
    public string? NameFi { get; set; }
    public string? NameSv { get; set; }
    public string? Maakunta { get; set; }
    public MunicipalityLanguage? Language { get; set; }
    public string? Source { get; set; }
}

public sealed class PersonEntry
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public TextEntry? Title { get; set; }
    public string? MunicipalityId { get; set; }
    public string? Organisation { get; set; }
    public string? Email { get; set; }
    public List<string>? Phones { get; set; }
    public string? EntraObjectId { get; set; }
    public string? UserPrincipalName { get; set; }
    /// <summary>Finnish, Swedish or English: the language messages to the person are written in.</summary>
    public Language? Language { get; set; }
    public List<TextEntry>? Responsibilities { get; set; }
    public bool? IsGuest { get; set; }
    public bool? IsDemo { get; set; }
    /// <summary>Who states the facts of this element, shown in answers ("lähde: Kuntaliitto").</summary>
    public TextEntry? SourceName { get; set; }
    /// <summary>When they held: "2024", "2019-11" or "2019-04-25".</summary>
    public string? AsOf { get; set; }
    public string? Source { get; set; }

    /// <summary>Back to a new entry: the file's own reader reads every person into one entry (see DataFileReader).</summary>
    internal void Clear()
    {
        (Id, Name, Title, MunicipalityId, Organisation, Email, Phones) = (null, null, null, null, null, null, null);
        (EntraObjectId, UserPrincipalName, Language, Responsibilities, IsGuest, IsDemo) = (null, null, null, null, null, null);
        (SourceName, AsOf, Source) = (null, null, null);
    }
}

public sealed class NetworkEntry
{
    public string? Id { get; set; }
    public TextEntry? Name { get; set; }
    public NetworkKind? Kind { get; set; }
    public TextEntry? Description { get; set; }
    public TextEntry? MembershipCriteria { get; set; }
    public TextEntry? MembersRole { get; set; }
    public int? MunicipalityCount { get; set; }
    public int? Residents { get; set; }
    public bool? ResidentsApproximate { get; set; }
    /// <summary>"2019", "2019-11" or "2019-11-15": the precision follows from the form.</summary>
    public string? Founded { get; set; }
    public TextEntry? MeetingCadence { get; set; }
    public List<TextEntry>? Themes { get; set; }
    public List<TextEntry>? Channels { get; set; }
    public List<TextEntry>? Details { get; set; }
    public List<SourceEntry>? Sources { get; set; }
    public string? TeamId { get; set; }
    public string? ChannelId { get; set; }
    public string? GroupId { get; set; }
    public bool? IsDemo { get; set; }
    public List<BodyEntry>? Bodies { get; set; }
    public List<RoleEntry>? Roles { get; set; }
    public List<MemberEntry>? Members { get; set; }
    /// <summary>Who states the facts of this element, shown in answers ("lähde: Kuntaliitto").</summary>
    public TextEntry? SourceName { get; set; }
    /// <summary>When they held: "2024", "2019-11" or "2019-04-25".</summary>
    public string? AsOf { get; set; }
    public string? Source { get; set; }
}

/// <summary>A document the network's facts come from; terms refer to it by id.</summary>
public sealed class SourceEntry
{
    public string? Id { get; set; }
    public TextEntry? Name { get; set; }
    public string? Url { get; set; }
    public DateOnly? Updated { get; set; }
}

public sealed class BodyEntry
{
    public string? Id { get; set; }
    public BodyKind? Kind { get; set; }
    public TextEntry? Name { get; set; }
    public TextEntry? Description { get; set; }
    public TextEntry? MembersRole { get; set; }
    public int? TermLengthYears { get; set; }
    public int? MeetingsPerYear { get; set; }
    public TextEntry? MeetingCadence { get; set; }
    public int? SinceYear { get; set; }
    public TextEntry? AppointedBy { get; set; }
    public int? MemberCount { get; set; }
    public int? DeputyCount { get; set; }
    public List<TermEntry>? Terms { get; set; }
    /// <summary>Who states the facts of this element, shown in answers ("lähde: Kuntaliitto").</summary>
    public TextEntry? SourceName { get; set; }
    /// <summary>When they held: "2024", "2019-11" or "2019-04-25".</summary>
    public string? AsOf { get; set; }
    public string? Source { get; set; }
}

public sealed class TermEntry
{
    public DateOnly? Start { get; set; }
    public DateOnly? End { get; set; }
    public bool? IsDemo { get; set; }
    /// <summary>The id of the network's source that names this term's members.</summary>
    public string? SourceId { get; set; }
    public List<SeatEntry>? Seats { get; set; }
    /// <summary>Who states the facts of this element, shown in answers ("lähde: Kuntaliitto").</summary>
    public TextEntry? SourceName { get; set; }
    /// <summary>When they held: "2024", "2019-11" or "2019-04-25".</summary>
    public string? AsOf { get; set; }
    public string? Source { get; set; }
}

public sealed class SeatEntry
{
    public string? RegionId { get; set; }
    public TextEntry? RegionName { get; set; }
    public List<string>? Maakunnat { get; set; }
    public string? MemberId { get; set; }
    public string? DeputyId { get; set; }
    public string? Source { get; set; }
}

public sealed class RoleEntry
{
    public string? PersonId { get; set; }
    public Role? Role { get; set; }
    public string? BodyId { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? Until { get; set; }
    public bool? IsDemo { get; set; }
    /// <summary>Who states the facts of this element, shown in answers ("lähde: Kuntaliitto").</summary>
    public TextEntry? SourceName { get; set; }
    /// <summary>When they held: "2024", "2019-11" or "2019-04-25".</summary>
    public string? AsOf { get; set; }
    public string? Source { get; set; }
}

public sealed class MemberEntry
{
    public string? PersonId { get; set; }
    public DateOnly? JoinedOn { get; set; }
    public DateOnly? LeftOn { get; set; }
    /// <summary>In the Team's Microsoft 365 group as of the last roster sync; only roster sync clears it.</summary>
    public bool? InGroup { get; set; }
    public string? Source { get; set; }
}

public sealed class PriorityDocumentEntry
{
    public string? Id { get; set; }
    public TextEntry? Title { get; set; }
    public string? NetworkId { get; set; }
    public DateOnly? ApprovedOn { get; set; }
    public TextEntry? ApprovedBy { get; set; }
    public TextEntry? Description { get; set; }
    public List<PriorityItemEntry>? Items { get; set; }
    /// <summary>Who states the facts of this element, shown in answers ("lähde: Kuntaliitto").</summary>
    public TextEntry? SourceName { get; set; }
    /// <summary>When they held: "2024", "2019-11" or "2019-04-25".</summary>
    public string? AsOf { get; set; }
    public string? Source { get; set; }
}

public sealed class PriorityItemEntry
{
    public string? Category { get; set; }
    public TextEntry? Heading { get; set; }
    public List<string>? Points { get; set; }
}

public sealed class MeetingEntry
{
    /// <summary>The meeting's number in the database that exported it; an import matches by it. Absent for new meetings.</summary>
    public int? Id { get; set; }
    public string? NetworkId { get; set; }
    public string? BodyId { get; set; }
    public MeetingKind? Kind { get; set; }
    public TextEntry? Title { get; set; }
    /// <summary>
    /// Helsinki wall-clock time, "2026-12-08T09:00"; the first occurrence when recurring. An offset
    /// ("2026-10-25T03:30+02:00") picks one of the two autumn hours that share a wall-clock time.
    /// </summary>
    public string? Start { get; set; }
    /// <summary>ISO 8601 duration, e.g. "PT2H" or "PT1H30M".</summary>
    public string? Duration { get; set; }
    /// <summary>An RRULE subset, e.g. "FREQ=MONTHLY;BYDAY=2TU;COUNT=6".</summary>
    public string? Recurrence { get; set; }
    public string? Place { get; set; }
    public string? TeamsLink { get; set; }
    public List<string>? Agenda { get; set; }
    public List<string>? Materials { get; set; }
    public TextEntry? Invited { get; set; }
    public string? JointWithNetworkId { get; set; }
    public bool? IsCancelled { get; set; }
    public bool? IsDemo { get; set; }
    public string? Source { get; set; }
}

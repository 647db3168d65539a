using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Xml;
using Verkostot.Core.Catalog;
using Verkostot.Core.Domain;
using Verkostot.Core.Time;

namespace Verkostot.Core.Import;

/// <summary>
/// Writes catalog content as a data file that <see cref="DataFileLoader"/> reads back to the same content: every
/// stored fact, meetings one by one with their ids, in a fixed order, so that the same data gives the same bytes.
/// Written section by section (<see cref="WrittenDataFile"/>).
/// </summary>
public static class DataFileWriter
{
    private static readonly DataFileWriteContext Context = new(new JsonSerializerOptions(DataFileWriteContext.Default.Options)
    {
        // Finnish and Swedish letters stay readable; the file is read by people as well as by the loader.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Serialized as the file is: indented, letters unescaped, absent values left out.</summary>
    internal static JsonTypeInfo<DataFile> TypeInfo => Context.DataFile;

    public static byte[] Write(CatalogContent content) => WrittenDataFile.Write(content).ToArray();

    /// <summary>
    /// The file's top-level properties in the order they are written, each made from the content's lists it names (so
    /// that a section whose lists are unchanged is the same bytes): the whole file is these, one after another.
    /// </summary>
    internal static IReadOnlyList<DataFileSection> Sections { get; } =
    [
        new(_ => [], _ => new DataFile { FormatVersion = 1 }),
        new(c => [c.Regions], c => new DataFile { Regions = [.. c.Regions.OrderBy(r => r.Id, StringComparer.Ordinal).Select(r => new RegionEntry { Name = Text(r.Name) })] }),
        new(c => [c.Municipalities], c => new DataFile { Municipalities = [.. c.Municipalities.OrderBy(m => m.Id, StringComparer.Ordinal).Select(Municipality)] }),
        new(c => [c.People], c => new DataFile { People = [.. c.People.OrderBy(p => p.Id, StringComparer.Ordinal).Select(Person)] }),
        new(c => [c.Networks, c.Bodies, c.Roles, c.Memberships], c => new DataFile { Networks = Networks(c) }),
        new(c => [c.PriorityDocuments], c => new DataFile { PriorityDocuments = [.. c.PriorityDocuments.OrderBy(d => d.Id, StringComparer.Ordinal).Select(Document)] }),
        new(c => [c.Meetings], c => new DataFile { Meetings = [.. c.Meetings.OrderBy(m => m.StartsAt).ThenBy(m => m.Id).Select(Meeting)] }),
    ];

    private static List<NetworkEntry> Networks(CatalogContent content)
    {
        var bodies = content.Bodies.ToLookup(b => b.NetworkId);
        var roles = content.Roles.ToLookup(r => r.NetworkId);
        var members = content.Memberships.ToLookup(m => m.NetworkId);
        return [.. content.Networks.OrderBy(n => n.Id, StringComparer.Ordinal).Select(n => Network(n, bodies[n.Id], roles[n.Id], members[n.Id]))];
    }

    private static MunicipalityEntry Municipality(Municipality m) => new()
    {
        Id = m.Id,
        NameFi = m.NameFi,
        NameSv = m.NameSv,
        Maakunta = m.Maakunta,
        Language = m.Language,
    };

    private static PersonEntry Person(Person p) => new()
    {
        Id = p.Id,
        Name = p.Name,
        Title = Text(p.Title),
        MunicipalityId = p.MunicipalityId,
        Organisation = p.Organisation,
        Email = p.Email,
        Phones = List(p.Phones),
        EntraObjectId = p.EntraObjectId,
        UserPrincipalName = p.UserPrincipalName,
        Language = p.Language,
        IsGuest = Flag(p.IsGuest),
        IsDemo = Flag(p.IsDemo),
        Responsibilities = Texts(p.Responsibilities),
        SourceName = Text(p.Attribution.Name),
        AsOf = PartialDate(p.Attribution.AsOf, p.Attribution.AsOfPrecision),
    };

    private static NetworkEntry Network(Network n, IEnumerable<Body> bodies, IEnumerable<RoleAssignment> roles, IEnumerable<NetworkMembership> members) => new()
    {
        Id = n.Id,
        Name = Text(n.Name),
        Kind = n.Kind,
        Description = Text(n.Description),
        MembershipCriteria = Text(n.MembershipCriteria),
        MembersRole = Text(n.MembersRole),
        MunicipalityCount = n.MunicipalityCount,
        Residents = n.Residents,
        ResidentsApproximate = Flag(n.ResidentsApproximate),
        Founded = PartialDate(n.Founded, n.FoundedPrecision),
        MeetingCadence = Text(n.MeetingCadence),
        Themes = Texts(n.Themes),
        Channels = Texts(n.Channels),
        Details = Texts(n.Details),
        SourceName = Text(n.Attribution.Name),
        AsOf = PartialDate(n.Attribution.AsOf, n.Attribution.AsOfPrecision),
        Sources = List(n.Sources.Select(s => new SourceEntry { Id = s.Id, Name = Text(s.Name), Url = s.Url, Updated = s.Updated })),
        TeamId = n.TeamId,
        ChannelId = n.ChannelId,
        GroupId = n.GroupId,
        IsDemo = Flag(n.IsDemo),
        Bodies = List(bodies.OrderBy(b => b.Id, StringComparer.Ordinal).Select(Body)),
        Roles = List(roles.OrderBy(r => r.Id).Select(Role)),
        Members = List(members.OrderBy(m => m.Id).Select(Member)),
    };

    private static BodyEntry Body(Body b) => new()
    {
        Id = b.Id,
        Kind = b.Kind,
        Name = Text(b.Name),
        Description = Text(b.Description),
        MembersRole = Text(b.MembersRole),
        TermLengthYears = b.TermLengthYears,
        MeetingsPerYear = b.MeetingsPerYear,
        MeetingCadence = Text(b.MeetingCadence),
        SinceYear = b.SinceYear,
        AppointedBy = Text(b.AppointedBy),
        MemberCount = b.MemberCount,
        DeputyCount = b.DeputyCount,
        SourceName = Text(b.Attribution.Name),
        AsOf = PartialDate(b.Attribution.AsOf, b.Attribution.AsOfPrecision),
        Terms = List(b.Terms.OrderBy(t => t.Start).Select(Term)),
    };

    private static TermEntry Term(Term t) => new()
    {
        Start = t.Start,
        End = t.End,
        IsDemo = Flag(t.IsDemo),
        SourceId = t.SourceId,
        Seats = List(t.Seats.OrderBy(s => s.Id).Select(s => new SeatEntry
        {
            RegionId = s.RegionId,
            RegionName = Text(s.RegionName),
            Maakunnat = List(s.Maakunnat),
            MemberId = s.MemberId,
            DeputyId = s.DeputyId,
        })),
    };

    private static RoleEntry Role(RoleAssignment r) => new()
    {
        PersonId = r.PersonId,
        Role = r.Role,
        BodyId = r.BodyId,
        From = r.From,
        Until = r.Until,
        IsDemo = Flag(r.IsDemo),
        SourceName = Text(r.Attribution.Name),
        AsOf = PartialDate(r.Attribution.AsOf, r.Attribution.AsOfPrecision),
    };

    private static MemberEntry Member(NetworkMembership m) => new()
    {
        PersonId = m.PersonId,
        JoinedOn = m.JoinedOn,
        LeftOn = m.LeftOn,
        InGroup = Flag(m.InGroup),
    };

    private static PriorityDocumentEntry Document(PriorityDocument d) => new()
    {
        Id = d.Id,
        Title = Text(d.Title),
        NetworkId = d.NetworkId,
        ApprovedOn = d.ApprovedOn,
        ApprovedBy = Text(d.ApprovedBy),
        Description = Text(d.Description),
        SourceName = Text(d.Attribution.Name),
        AsOf = PartialDate(d.Attribution.AsOf, d.Attribution.AsOfPrecision),
        Items = List(d.Items.OrderBy(i => i.Id).Select(i => new PriorityItemEntry { Category = i.Category, Heading = Text(i.Heading), Points = List(i.Points) })),
    };

    private static MeetingEntry Meeting(Meeting m) => new()
    {
        Id = m.Id,
        NetworkId = m.NetworkId,
        BodyId = m.BodyId,
        Kind = m.Kind,
        Title = Text(m.Title),
        Start = Start(m.StartsAt),
        Duration = XmlConvert.ToString(m.EndsAt - m.StartsAt),
        Place = m.Place,
        TeamsLink = m.TeamsLink,
        Agenda = List(m.Agenda),
        Materials = List(m.Materials),
        Invited = Text(m.Invited),
        JointWithNetworkId = m.JointWithNetworkId,
        IsCancelled = Flag(m.IsCancelled),
        IsDemo = Flag(m.IsDemo),
    };

    /// <summary>Helsinki wall-clock time; with its offset only in the autumn hour that occurs twice.</summary>
    private static string Start(DateTimeOffset startsAt)
    {
        var local = TimeZoneInfo.ConvertTime(startsAt, HelsinkiTime.Zone);
        var format = local.Second == 0 ? "yyyy-MM-dd'T'HH:mm" : "yyyy-MM-dd'T'HH:mm:ss";
        return HelsinkiTime.Zone.IsAmbiguousTime(local.DateTime)
            ? local.ToString(format + "zzz", CultureInfo.InvariantCulture)
            : local.DateTime.ToString(format, CultureInfo.InvariantCulture);
    }

    private static string? PartialDate(DateOnly? date, DatePrecision precision) => date?.ToString(precision switch
    {
        DatePrecision.Year => "yyyy",
        DatePrecision.Month => "yyyy-MM",
        _ => "yyyy-MM-dd",
    }, CultureInfo.InvariantCulture);

    private static TextEntry? Text(LocalizedText? text) => text is null ? null : new TextEntry { Fi = text.Fi, Sv = text.Sv, En = text.En };

    private static List<TextEntry>? Texts(IEnumerable<LocalizedText> texts) => List(texts.Select(t => Text(t)!));

    // Empty lists and false flags are left out, as a person writing the file would.
    private static List<T>? List<T>(IEnumerable<T> items) => items.ToList() is { Count: > 0 } list ? list : null;

    private static bool? Flag(bool value) => value ? true : null;
}

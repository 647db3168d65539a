using Verkostot.Core.Catalog;
using Verkostot.Core.Domain;
using Verkostot.Core.Import;
using Verkostot.Core.Time;

namespace Verkostot.Core.Tests.Import;

/// <summary>
/// A previewed file's person, membership or meeting is the catalog's own entity only when converting it would give that entity
/// and no error: every field an import compares is the same, and the file's own checks pass.
/// </summary>
public sealed class UnchangedEntryTests
{
    /// <summary>Each changes one field of the person the file has; some fields have parts (a text's languages) changed apart.</summary>
    private static readonly Dictionary<string, (string Field, Action<Person> Change)> PersonChanges = new()
    {
        ["name"] = ("name", p => p.Name = "Anna Uusinimi"),
        ["title"] = ("title", p => p.Title = new LocalizedText("johtaja")),
        ["title.sv"] = ("title", p => p.Title = p.Title! with { Sv = "direktör" }),
        ["title left out"] = ("title", p => p.Title = null),
        ["municipalityId"] = ("municipalityId", p => p.MunicipalityId = "vantaa"),
        ["organisation"] = ("organisation", p => p.Organisation = "Kuntaliitto"),
        ["email"] = ("email", p => p.Email = "anna@example.com"),
        ["phones"] = ("phones", p => p.Phones = ["+358 40 2"]),
        ["phones, one more"] = ("phones", p => p.Phones = [.. p.Phones, "+358 40 3"]),
        ["responsibilities"] = ("responsibilities", p => p.Responsibilities = [new LocalizedText("talous", "ekonomi")]),
        ["responsibilities.en"] = ("responsibilities", p => p.Responsibilities = [p.Responsibilities[0] with { En = "finance" }]),
        ["sourceName"] = ("sourceName", p => p.Attribution = p.Attribution with { Name = new LocalizedText("Kuntaliitto") }),
        ["asOf"] = ("sourceName", p => p.Attribution = p.Attribution with { AsOf = new DateOnly(2020, 1, 1) }),
        ["asOf precision"] = ("sourceName", p => p.Attribution = p.Attribution with { AsOfPrecision = DatePrecision.Year }),
        ["entraObjectId"] = ("entraObjectId", p => p.EntraObjectId = "00000000-0000-0000-0000-000000000002"),
        ["userPrincipalName"] = ("userPrincipalName", p => p.UserPrincipalName = "anna.virtanen@example.org"),
        ["language"] = ("language", p => p.Language = Language.English),
        ["isGuest"] = ("isGuest", p => p.IsGuest = true),
        ["isDemo"] = ("isDemo", p => p.IsDemo = true),
    };

    private static readonly Dictionary<string, (string Field, Action<NetworkMembership> Change)> MembershipChanges = new()
    {
        ["joinedOn"] = ("joinedOn", m => m.JoinedOn = new DateOnly(2021, 2, 2)),
        ["leftOn"] = ("leftOn", m => m.LeftOn = new DateOnly(2026, 6, 30)),
        ["inGroup"] = ("inGroup", m => m.InGroup = true),
    };

    private static readonly Dictionary<string, (string Field, Action<Meeting> Change)> MeetingChanges = new()
    {
        ["networkId"] = ("networkId", m => m.NetworkId = "toinen"),
        ["bodyId"] = ("bodyId", m => m.BodyId = "hallitus"),
        ["kind"] = ("kind", m => m.Kind = MeetingKind.PresidiumMeeting),
        ["title"] = ("title", m => m.Title = new LocalizedText("Syyskokous")),
        ["title left out"] = ("title", m => m.Title = null),
        ["start"] = ("start", m => (m.StartsAt, m.EndsAt) = (m.StartsAt.AddHours(1), m.EndsAt.AddHours(1))),
        ["duration"] = ("duration", m => m.EndsAt = m.EndsAt.AddMinutes(30)),
        ["place"] = ("place", m => m.Place = "Kuntatalo"),
        ["teamsLink"] = ("teamsLink", m => m.TeamsLink = "https://teams.example.org/toinen"),
        ["agenda"] = ("agenda", m => m.Agenda = ["Avaus", "Muut asiat"]),
        ["agenda, one less"] = ("agenda", m => m.Agenda = ["Avaus"]),
        ["materials"] = ("materials", m => m.Materials = []),
        ["invited"] = ("invited", m => m.Invited = new LocalizedText("kaikki", "alla")),
        ["jointWithNetworkId"] = ("jointWithNetworkId", m => m.JointWithNetworkId = "toinen"),
        ["isCancelled"] = ("isCancelled", m => m.IsCancelled = true),
        ["isDemo"] = ("isDemo", m => m.IsDemo = true),
    };

    public static TheoryData<string> PersonChangeNames => [.. PersonChanges.Keys];

    public static TheoryData<string> MembershipChangeNames => [.. MembershipChanges.Keys];

    public static TheoryData<string> MeetingChangeNames => [.. MeetingChanges.Keys];

    [Fact]
    public void Load_TheCatalogsOwnFile_HoldsTheCatalogsPersonMembershipAndMeeting()
    {
        var catalog = NetworkCatalog.Create(Content(Anna(), Member()));

        var loaded = DataFileLoader.Load(DataFileWriter.Write(catalog.Content), catalog);

        Assert.Same(catalog.People.Single(), loaded.Content!.People.Single());
        Assert.Same(catalog.Memberships.Single(), loaded.Content.Memberships.Single());
        Assert.Same(catalog.Content.Meetings.Single(), loaded.Content.Meetings.Single());
    }

    [Fact]
    public void PersonChanges_EveryFieldAnImportCompares_IsChangedByOne()
    {
        Assert.Equal(CatalogFields.Person.Names.Order(), PersonChanges.Values.Select(c => c.Field).Distinct().Order());
        Assert.Equal(CatalogFields.Membership.Names.Order(), MembershipChanges.Values.Select(c => c.Field).Distinct().Order());
        Assert.Equal(CatalogFields.Meeting.Names.Order(), MeetingChanges.Values.Select(c => c.Field).Distinct().Order());
    }

    [Theory]
    [MemberData(nameof(PersonChangeNames))]
    public void Load_APersonWithOneFieldChanged_IsTheFilesWithThatDifference(string change)
    {
        var catalog = NetworkCatalog.Create(Content(Anna(), Member()));
        var (field, changeIt) = PersonChanges[change];
        var anna = Anna();
        changeIt(anna);

        var person = DataFileLoader.Load(DataFileWriter.Write(Content(anna, Member())), catalog).Content!.People.Single();

        Assert.NotSame(catalog.People.Single(), person);
        Assert.Equal([field], CatalogFields.Person.Differences(catalog.People.Single(), person));
    }

    [Theory]
    [MemberData(nameof(MembershipChangeNames))]
    public void Load_AMembershipWithOneFieldChanged_IsTheFilesWithThatDifference(string change)
    {
        var catalog = NetworkCatalog.Create(Content(Anna(), Member()));
        var (field, changeIt) = MembershipChanges[change];
        var member = Member();
        changeIt(member);

        var membership = DataFileLoader.Load(DataFileWriter.Write(Content(Anna(), member)), catalog).Content!.Memberships.Single();

        Assert.NotSame(catalog.Memberships.Single(), membership);
        Assert.Equal([field], CatalogFields.Membership.Differences(catalog.Memberships.Single(), membership));
    }

    [Theory]
    [MemberData(nameof(MeetingChangeNames))]
    public void Load_AMeetingWithOneFieldChanged_IsTheFilesWithThatDifference(string change)
    {
        var catalog = NetworkCatalog.Create(Content(Anna(), Member()));
        var (field, changeIt) = MeetingChanges[change];
        var changed = Meeting();
        changeIt(changed);

        var meeting = DataFileLoader.Load(DataFileWriter.Write(Content(Anna(), Member(), changed)), catalog).Content!.Meetings.Single();

        Assert.NotSame(catalog.Content.Meetings.Single(), meeting);
        Assert.Equal([field], CatalogFields.Meeting.Differences(catalog.Content.Meetings.Single(), meeting));
    }

    [Theory]
    [InlineData("id", "$.people[0].id")]
    [InlineData("name", "$.people[0].name")]
    [InlineData("title", "$.people[0].title.fi")]
    [InlineData("responsibility", "$.people[0].responsibilities[0].fi")]
    [InlineData("municipality", "$.people[0].municipalityId")]
    [InlineData("member", "$.networks[1].members[0].personId")]
    [InlineData("meeting title", "$.meetings[0].title.fi")]
    [InlineData("invited", "$.meetings[0].invited.fi")]
    public void Load_TheCatalogsOwnFileWithAValueTheFileMayNotHave_ReportsIt(string value, string path)
    {
        var anna = Anna();
        var member = Member();
        var meeting = Meeting();
        switch (value)
        {
            case "id": anna.Id = member.PersonId = "Anna"; break;
            case "name": anna.Name = " "; break;
            case "title": anna.Title = new LocalizedText(" "); break;
            case "responsibility": anna.Responsibilities = [new LocalizedText("")]; break;
            case "municipality": anna.MunicipalityId = "turku"; break;
            case "member": member.PersonId = "ei-ketaan"; break;
            case "meeting title": meeting.Title = new LocalizedText(""); break;
            default: meeting.Invited = new LocalizedText(" ", "alla"); break;
        }
        var catalog = NetworkCatalog.Create(Content(anna, member, meeting));

        var loaded = DataFileLoader.Load(DataFileWriter.Write(catalog.Content), catalog);

        Assert.Contains(path, loaded.Errors.Select(e => e.Path));
    }

    [Fact]
    public void Load_TheCatalogsPersonTwice_ReportsTheSecond()
    {
        var catalog = NetworkCatalog.Create(Content(Anna(), Member()));

        var loaded = DataFileLoader.Load(DataFileWriter.Write(catalog.Content with { People = [Anna(), Anna()] }), catalog);

        Assert.Equal(["$.people[1].id"], loaded.Errors.Select(e => e.Path));
    }

    [Fact]
    public void Load_ThePersonsSecondMembershipOfANetwork_IsTheFilesOwn()
    {
        var catalog = NetworkCatalog.Create(Content(Anna(), Member()));
        var second = Member();
        second.Id = 2;

        var loaded = DataFileLoader.Load(DataFileWriter.Write(catalog.Content with { Memberships = [Member(), second] }), catalog);

        Assert.Same(catalog.Memberships.Single(), loaded.Content!.Memberships[0]);
        Assert.NotSame(catalog.Memberships.Single(), loaded.Content.Memberships[1]);
    }

    private static Person Anna() => new()
    {
        Id = "anna-virtanen",
        Name = "Anna Virtanen",
        Title = new LocalizedText("kehitysjohtaja", "utvecklingsdirektör"),
        MunicipalityId = "espoo",
        Organisation = "Espoon kaupunki",
        Email = "anna@example.org",
        Phones = ["+358 40 1"],
        EntraObjectId = "00000000-0000-0000-0000-000000000001",
        UserPrincipalName = "anna@example.org",
        Language = Language.Swedish,
        Responsibilities = [new LocalizedText("talous")],
        Attribution = new Attribution { Name = new LocalizedText("Espoo"), AsOf = new DateOnly(2019, 11, 1), AsOfPrecision = DatePrecision.Month },
    };

    private static NetworkMembership Member() => new() { Id = 1, NetworkId = "verkosto", PersonId = "anna-virtanen", JoinedOn = new DateOnly(2020, 1, 1) };

    private static Meeting Meeting()
    {
        var start = HelsinkiTime.ToUtc(new DateOnly(2026, 12, 8), new TimeOnly(9, 0));
        return new Meeting
        {
            Id = 5,
            NetworkId = "verkosto",
            Kind = MeetingKind.NetworkMeeting,
            Title = new LocalizedText("Kokous"),
            StartsAt = start,
            EndsAt = start.AddHours(2),
            Place = "Sali",
            TeamsLink = "https://teams.example.org/kokous",
            Agenda = ["Avaus", "Ajankohtaista"],
            Materials = ["https://example.org/liite"],
            Invited = new LocalizedText("kaikki"),
        };
    }

    private static CatalogContent Content(Person person, NetworkMembership membership, Meeting? meeting = null) => CatalogContent.Empty with
    {
        Municipalities = [new Municipality { Id = "espoo", NameFi = "Espoo" }, new Municipality { Id = "vantaa", NameFi = "Vantaa" }],
        People = [person],
        Networks = [new Network { Id = "verkosto", Name = new LocalizedText("Verkosto") }, new Network { Id = "toinen", Name = new LocalizedText("Toinen") }],
        Bodies = [new Body { Id = "hallitus", NetworkId = "verkosto", Kind = BodyKind.Presidium, Name = new LocalizedText("Hallitus") }],
        Memberships = [membership],
        Meetings = [meeting ?? Meeting()],
    };
}

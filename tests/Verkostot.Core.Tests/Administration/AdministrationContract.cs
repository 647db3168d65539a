using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verkostot.Core.Administration;
using Verkostot.Core.Catalog;
using Verkostot.Core.ChangeLog;
using Verkostot.Core.Conversations;
using Verkostot.Core.Domain;
using Verkostot.Core.Meetings;
using Verkostot.Core.Questions;
using Verkostot.Core.Questions.Answers;
using Verkostot.Core.Reminders;
using Verkostot.Core.Storage;
using Verkostot.Core.Tests.Storage;
using Verkostot.Testing.Time;

namespace Verkostot.Core.Tests.Administration;

/// <summary>
/// The web app's editing use cases on a freshly seeded demo database of its own for every test (today 23.11.2026),
/// with the demo presidium re-elected for 2026 (the seed knows only its 2024 term) so that a term is in force today.
/// </summary>
public abstract class AdministrationContract<TFixture> : IAsyncLifetime
    where TFixture : StorageFixture, new()
{
    private const string Presidium = "pienet-kunnat-puheenjohtajisto";
    private static readonly ChangeActor Iira = new("iira-ainiala", "Iira Ainiala", ChangeChannel.Web);
    /// <summary>The demo network's one source, which its presidium terms cite.</summary>
    private static readonly SourceInput Cited = new("kuntaliitto-pienet-kunnat", new LocalizedText("Kuntaliitto", "Kommunförbundet", "Association of Finnish Municipalities"), null, null);
    private readonly TFixture _fixture = new();

    public async Task InitializeAsync()
    {
        await _fixture.InitializeAsync();
        await StorageInitializer.InitializeAsync(_fixture.Services, CancellationToken.None);
        await SeedTerm2026Async();
    }

    public Task DisposeAsync() => _fixture.DisposeAsync();

    // Network facts

    [Fact]
    public async Task SaveFacts_ChangedFacts_SavedAndLoggedByFieldName()
    {
        var facts = NetworkFacts.Of((await CatalogAsync()).NetworksById["pienet-kunnat"]) with
        {
            Residents = 612000,
            Themes = [new LocalizedText("Elinvoima", "Livskraft"), null, new LocalizedText("  ")],
            Sources = [Cited, new SourceInput(null, new LocalizedText("Kuntaliitto: Pienten kuntien verkosto"), "https://www.kuntaliitto.fi/pienet", new DateOnly(2024, 5, 13))],
        };

        var result = await Service<NetworkFactsEditor>().SaveAsync("pienet-kunnat", facts, Iira, CancellationToken.None);

        Assert.True(result.Succeeded, string.Join(", ", result.Errors));
        var network = (await CatalogAsync()).NetworksById["pienet-kunnat"];
        Assert.Equal(612000, network.Residents);
        Assert.Equal([new LocalizedText("Elinvoima", "Livskraft")], network.Themes);
        Assert.Equal(new FactSource("kuntaliitto-pienten-kuntien-verkosto", new LocalizedText("Kuntaliitto: Pienten kuntien verkosto"), "https://www.kuntaliitto.fi/pienet", new DateOnly(2024, 5, 13)),
            network.Sources[1]);
        var entry = Assert.Single(await LogAsync());
        Assert.Equal((ChangedKind.Network, "pienet-kunnat", ChangeAction.Changed, "residents, themes, sources"), (entry.Kind, entry.EntityId, entry.Action, entry.Summary));
        Assert.Equal(("iira-ainiala", ChangeChannel.Web), (entry.ActorPersonId, entry.Channel));
    }

    [Fact]
    public async Task SaveFacts_BadInput_AnErrorPerFieldAndNothingSaved()
    {
        var before = (await CatalogAsync()).NetworksById["pienet-kunnat"];
        var facts = NetworkFacts.Of(before) with
        {
            Name = new LocalizedText(" ", "Nätverket"),
            Residents = -5,
            Founded = new DateOnly(2027, 1, 1),
            Themes = [new LocalizedText("", "Livskraft")],
            Sources = [Cited, new SourceInput("Kuntaliitto", new LocalizedText("Kuntaliitto"), "ftp://kuntaliitto.fi", null)],
        };

        var result = await Service<NetworkFactsEditor>().SaveAsync("pienet-kunnat", facts, Iira, CancellationToken.None);

        Assert.Equal(EditStatus.Invalid, result.Status);
        Assert.Equal(
            [("name.fi", EditErrorCode.FinnishMissing), ("residents", EditErrorCode.Negative), ("founded", EditErrorCode.InFuture),
             ("themes[0].fi", EditErrorCode.FinnishMissing), ("sources[1].url", EditErrorCode.InvalidUrl), ("sources[1].id", EditErrorCode.InvalidId)],
            result.Errors.Select(e => (e.Field, e.Code)));
        Assert.Equal(before.Residents, (await CatalogAsync()).NetworksById["pienet-kunnat"].Residents);
        Assert.Empty(await LogAsync());
    }

    [Fact]
    public async Task SaveFacts_UnknownNetwork_NotFound()
    {
        var result = await Service<NetworkFactsEditor>().SaveAsync("ei-ole", new NetworkFacts(new LocalizedText("X")), Iira, CancellationToken.None);
        Assert.Equal(EditStatus.NotFound, result.Status);
    }

    [Fact]
    public async Task SaveFacts_RemovingASourceTermsCite_RefusedNamingTheTermsAndNothingSaved()
    {
        var network = (await CatalogAsync()).NetworksById["pienet-kunnat"];

        var result = await Service<NetworkFactsEditor>().SaveAsync("pienet-kunnat", NetworkFacts.Of(network) with { Sources = [] }, Iira, CancellationToken.None);

        Assert.Equal(
            [("sources", EditErrorCode.SourceInUse, "1.1.2024–31.12.2024"), ("sources", EditErrorCode.SourceInUse, "1.1.2026–31.12.2026")],
            result.Errors.Select(e => (e.Field, e.Code, e.Detail)).OrderBy(e => e.Detail, StringComparer.Ordinal));
        Assert.Single((await CatalogAsync()).NetworksById["pienet-kunnat"].Sources);
        Assert.Empty(await LogAsync());
    }

    [Fact]
    public async Task SaveFacts_NothingChanged_SavedWithoutALogEntry()
    {
        var facts = NetworkFacts.Of((await CatalogAsync()).NetworksById["pienet-kunnat"]);
        Assert.True((await Service<NetworkFactsEditor>().SaveAsync("pienet-kunnat", facts, Iira, CancellationToken.None)).Succeeded);
        Assert.Empty(await LogAsync());
    }

    // People

    [Fact]
    public async Task AddPerson_OnANetworkPage_GetsAnIdFromTheNameAndJoinsTheRoster()
    {
        var people = Service<PeopleEditor>();
        var first = await people.AddAsync(new PersonInput("Anna Virtanen", Email: "anna.virtanen@kunta.fi"), Iira, "kehyskunnat", CancellationToken.None);
        var second = await people.AddAsync(new PersonInput("Anna Virtanen"), Iira, null, CancellationToken.None);

        Assert.Equal(("anna-virtanen", "anna-virtanen-2"), (first.Value!.Id, second.Value!.Id));
        var catalog = await CatalogAsync();
        Assert.Contains(catalog.MembershipsByNetwork["kehyskunnat"], m => m.PersonId == "anna-virtanen" && m.JoinedOn == new DateOnly(2026, 11, 23));
        Assert.Equal(
            [(ChangedKind.Person, "anna-virtanen", "name, email"), (ChangedKind.Membership, "kehyskunnat/anna-virtanen", "joinedOn"), (ChangedKind.Person, "anna-virtanen-2", "name")],
            (await LogAsync()).Select(c => (c.Kind, c.EntityId, c.Summary)));
    }

    [Fact]
    public async Task EditPerson_BadInput_AnErrorPerField()
    {
        var input = PersonInput.Of((await CatalogAsync()).PeopleById["marjut-ahokas"]) with
        {
            Name = "",
            Email = "marjut.ahokas(at)ilomantsi.fi",
            MunicipalityId = "atlantis",
            Phones = ["050 123", "soita minulle"],
            EntraObjectId = "not-a-guid",
            Title = new LocalizedText("", En: "Mayor"),
        };

        var result = await Service<PeopleEditor>().EditAsync("marjut-ahokas", input, Iira, null, CancellationToken.None);

        Assert.Equal(
            [("name", EditErrorCode.Required), ("title.fi", EditErrorCode.FinnishMissing), ("email", EditErrorCode.InvalidEmail),
             ("phones[1]", EditErrorCode.InvalidPhone), ("entraObjectId", EditErrorCode.InvalidObjectId), ("municipalityId", EditErrorCode.UnknownMunicipality)],
            result.Errors.Select(e => (e.Field, e.Code)));
    }

    [Fact]
    public async Task EditPerson_EntraIdOfAnotherPerson_RefusedNamingThem()
    {
        var people = Service<PeopleEditor>();
        var timo = PersonInput.Of((await CatalogAsync()).PeopleById["timo-reina"]) with { EntraObjectId = "0F8FAD5B-D9CB-469F-A165-70867728950E" };
        Assert.True((await people.EditAsync("timo-reina", timo, Iira, null, CancellationToken.None)).Succeeded);
        Assert.Equal("0f8fad5b-d9cb-469f-a165-70867728950e", (await CatalogAsync()).PeopleById["timo-reina"].EntraObjectId);
        var input = PersonInput.Of((await CatalogAsync()).PeopleById["marjut-ahokas"]) with { EntraObjectId = "{0f8fad5b-d9cb-469f-a165-70867728950e}" };

        var result = await people.EditAsync("marjut-ahokas", input, Iira, null, CancellationToken.None);

        var error = Assert.Single(result.Errors);
        Assert.Equal(("entraObjectId", EditErrorCode.ObjectIdTaken, "Timo Reina"), (error.Field, error.Code, error.Detail));
    }

    [Fact]
    public async Task EditPerson_StoredIdThatIsNoGuid_KeptAsItIs()
    {
        var juha = (await CatalogAsync()).PeopleById["juha-herrala"];

        var result = await Service<PeopleEditor>().EditAsync("juha-herrala", PersonInput.Of(juha) with { Email = "juha@isojoki.fi" }, Iira, null, CancellationToken.None);

        Assert.True(result.Succeeded, string.Join(", ", result.Errors));
        Assert.Equal(juha.EntraObjectId, (await CatalogAsync()).PeopleById["juha-herrala"].EntraObjectId);
    }

    [Fact]
    public async Task EditPerson_NewTitleLanguageAndClearedEntraId_SavedAndLogged()
    {
        var input = PersonInput.Of((await CatalogAsync()).PeopleById["juha-herrala"]) with
        {
            Title = new LocalizedText("kaupunginjohtaja", "stadsdirektör"),
            Language = Language.Swedish,
            EntraObjectId = " ",
        };

        var result = await Service<PeopleEditor>().EditAsync("juha-herrala", input, Iira, "pienet-kunnat", CancellationToken.None);

        Assert.True(result.Succeeded);
        var juha = (await CatalogAsync()).PeopleById["juha-herrala"];
        Assert.Equal(("stadsdirektör", Language.Swedish, null), (juha.Title!.Sv, juha.Language, juha.EntraObjectId));
        var entry = Assert.Single(await LogAsync());
        Assert.Equal(("title, entraObjectId, language", "pienet-kunnat"), (entry.Summary, entry.NetworkId));
    }

    [Fact]
    public async Task SearchPeople_WithoutUmlautsOrByMunicipality_FindsThem()
    {
        var search = Service<PeopleSearch>();

        var byName = await search.SearchAsync("vare", null, 10, CancellationToken.None);
        var byMunicipality = await search.SearchAsync("lapinjarvi", null, 10, CancellationToken.None);
        var twoWords = await search.SearchAsync("juha isojoki", null, 10, CancellationToken.None);

        Assert.Equal(["taina-vare"], byName.Select(h => h.Person.Id));
        Assert.Equal(["jarkko-sorvanto"], byMunicipality.Select(h => h.Person.Id));
        Assert.Equal("Isojoki", Assert.Single(twoWords).Municipality!.NameFi);
    }

    [Fact]
    public async Task SearchPeople_InANetwork_OnlyItsPeopleWithTheirNetworks()
    {
        var hits = await Service<PeopleSearch>().SearchAsync(null, "pienet-kunnat", 100, CancellationToken.None);

        Assert.Contains(hits, h => h.Person.Id == "juha-herrala");
        Assert.Contains(hits, h => h.Person.Id == "lauri-laajala");
        Assert.All(hits, h => Assert.Contains("pienet-kunnat", h.NetworkIds));
        Assert.DoesNotContain(hits, h => h.Person.Id == "johanna-viita");
    }

    // Merging people

    [Fact]
    public async Task MergePeople_Duplicate_EverythingMovesToTheKeptPersonAndTheDuplicateGoes()
    {
        const string objectId = "0f8fad5b-d9cb-469f-a165-70867728950e";
        var meeting = await SeedDuplicateAsync("marjut-ahokas-2", objectId);

        var result = await Service<PersonMerger>().MergeAsync("marjut-ahokas", "marjut-ahokas-2", Iira, null, CancellationToken.None);

        Assert.True(result.Succeeded, string.Join(", ", result.Errors));
        var catalog = await CatalogAsync();
        Assert.False(catalog.PeopleById.ContainsKey("marjut-ahokas-2"));
        var kept = catalog.PeopleById["marjut-ahokas"];
        Assert.Equal((objectId, "marjut@ilomantsi.fi"), (kept.EntraObjectId, kept.Email));
        Assert.Contains(catalog.RolesIn("kehyskunnat"), r => r.PersonId == "marjut-ahokas" && r.Role == Role.Member);
        Assert.Equal("marjut-ahokas", catalog.BodiesById[Presidium].Terms[0].Seats.Single(s => s.RegionId == "pohjois-suomi").DeputyId);
        Assert.True(catalog.MembershipsByNetwork["kehyskunnat"].Single(m => m.PersonId == "marjut-ahokas").InGroup);
        await using var db = await Contexts().CreateDbContextAsync();
        Assert.Equal("marjut-ahokas", (await db.Set<MeetingAttendance>().SingleAsync(a => a.MeetingId == meeting)).PersonId);
        Assert.NotNull(await _fixture.Services.GetRequiredService<IServiceScopeFactory>().CreateScope().ServiceProvider
            .GetRequiredService<IConversationReferenceStore>().FindPersonalAsync(objectId, CancellationToken.None));
        Assert.Equal(
            [("marjut-ahokas", ChangeAction.Merged, "merged marjut-ahokas-2; email, entraObjectId"), ("marjut-ahokas-2", ChangeAction.Removed, "merged into marjut-ahokas")],
            (await LogAsync()).Select(c => (c.EntityId, c.Action, c.Summary)));
    }

    [Fact]
    public async Task MergePeople_BothAnsweredTheSameMeeting_TheLaterAnswerStays()
    {
        var meeting = await SeedDuplicateAsync("marjut-ahokas-2", null);
        await using (var db = await Contexts().CreateDbContextAsync())
        {
            db.Set<MeetingAttendance>().Add(new MeetingAttendance { MeetingId = meeting, PersonId = "marjut-ahokas", Answer = AttendanceAnswer.NotAttending, AnsweredAt = new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero) });
            await db.SaveChangesAsync();
        }

        await Service<PersonMerger>().MergeAsync("marjut-ahokas", "marjut-ahokas-2", Iira, null, CancellationToken.None);

        await using var check = await Contexts().CreateDbContextAsync();
        var answer = await check.Set<MeetingAttendance>().SingleAsync(a => a.MeetingId == meeting);
        Assert.Equal(("marjut-ahokas", AttendanceAnswer.Attending), (answer.PersonId, answer.Answer));
    }

    [Fact]
    public async Task PreviewMerge_Duplicate_TellsWhatMovesAndChangesNothing()
    {
        await SeedDuplicateAsync("marjut-ahokas-2", "0f8fad5b-d9cb-469f-a165-70867728950e");

        var preview = await Service<PersonMerger>().PreviewAsync("marjut-ahokas", "marjut-ahokas-2", CancellationToken.None);

        Assert.True(preview.Succeeded, string.Join(", ", preview.Errors));
        var merge = preview.Value!;
        Assert.Equal(["email", "entraObjectId"], merge.FilledFields);
        Assert.Equal((1, 1, 1, 1, 0), (merge.Roles, merge.Seats, merge.Memberships, merge.Answers, merge.Announcements));
        var catalog = await CatalogAsync();
        Assert.True(catalog.PeopleById.ContainsKey("marjut-ahokas-2"));
        Assert.Null(catalog.PeopleById["marjut-ahokas"].EntraObjectId);
        Assert.Empty(await LogAsync());
    }

    [Fact]
    public async Task MergePeople_DuplicateWasRemindedAndWantsNoEmail_TheKeptPersonIsNotRemindedAgainNorMailed()
    {
        var meeting = await SeedDuplicateAsync("marjut-ahokas-2", null);
        await using (var db = await Contexts().CreateDbContextAsync())
        {
            db.Set<ReminderMessage>().Add(new ReminderMessage { MeetingId = meeting, PersonId = "marjut-ahokas-2", Key = "reminder/7d", OffsetDays = 7, State = Core.Outbox.OutboxState.Sent });
            db.Set<Core.Email.EmailOptOut>().Add(new Core.Email.EmailOptOut { PersonId = "marjut-ahokas-2", OptedOutAt = new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero) });
            await db.SaveChangesAsync();
        }

        await Service<PersonMerger>().MergeAsync("marjut-ahokas", "marjut-ahokas-2", Iira, null, CancellationToken.None);

        await using var check = await Contexts().CreateDbContextAsync();
        Assert.Equal("marjut-ahokas", (await check.Set<ReminderMessage>().SingleAsync(r => r.MeetingId == meeting && r.Key == "reminder/7d")).PersonId);
        Assert.Equal("marjut-ahokas", (await check.Set<Core.Email.EmailOptOut>().SingleAsync()).PersonId);
    }

    [Fact]
    public async Task MergePeople_TwoTeamsAccountsOrTheSamePerson_RefusedAndNothingChanges()
    {
        await SeedDuplicateAsync("juha-herrala-2", "0f8fad5b-d9cb-469f-a165-70867728950e");
        var merger = Service<PersonMerger>();

        var accounts = await merger.MergeAsync("juha-herrala", "juha-herrala-2", Iira, null, CancellationToken.None);
        var same = await merger.MergeAsync("juha-herrala", "juha-herrala", Iira, null, CancellationToken.None);
        var unknown = await merger.MergeAsync("juha-herrala", "ei-ole", Iira, null, CancellationToken.None);

        Assert.Equal(EditErrorCode.MergeTwoAccounts, Assert.Single(accounts.Errors).Code);
        Assert.Equal(EditErrorCode.MergeSamePerson, Assert.Single(same.Errors).Code);
        Assert.Equal(EditStatus.NotFound, unknown.Status);
        Assert.True((await CatalogAsync()).PeopleById.ContainsKey("juha-herrala-2"));
        Assert.Empty(await LogAsync());
    }

    // Terms

    [Fact]
    public async Task DraftNextTerm_DemoPresidium_NextYearWithTheSameSeatsAndRoles()
    {
        var draft = (await Service<BodyTermsEditor>().DraftNextTermAsync(Presidium, CancellationToken.None))!;

        Assert.Equal((new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31)), (draft.Start, draft.End));
        Assert.Equal(["jarkko-sorvanto", "marjut-ahokas", "juha-herrala", "pertti-severinkangas"], draft.Seats!.Select(s => s.MemberId));
        Assert.Equal("tarja-hosiasluoma", draft.Seats!.Single(s => s.RegionId == "lansi-suomi").DeputyId);
        Assert.Equal([(Role.Chair, "juha-herrala"), (Role.FirstViceChair, "marjut-ahokas")], draft.Officers!.Select(o => (o.Role, o.PersonId)));
    }

    [Fact]
    public async Task AddTerm_NewTermWithAChangedMember_TakesOverOnItsFirstDayAndKeepsTheOldAsHistory()
    {
        var terms = Service<BodyTermsEditor>();
        var draft = (await terms.DraftNextTermAsync(Presidium, CancellationToken.None))!;
        var seats = draft.Seats!.Select(s => s.RegionId == "lansi-suomi" ? s with { MemberId = "timo-reina" } : s).ToList();
        var officers = new[] { new OfficerInput(Role.Chair, "marjut-ahokas"), new OfficerInput(Role.FirstViceChair, "jarkko-sorvanto") };

        var result = await terms.AddTermAsync(Presidium, draft with { Seats = seats, Officers = officers }, Iira, CancellationToken.None);

        Assert.True(result.Succeeded, string.Join(", ", result.Errors));
        var catalog = await CatalogAsync();
        Assert.Equal(3, catalog.BodiesById[Presidium].Terms.Count);
        Assert.Equal("juha-herrala", catalog.TermInForce(Presidium, new DateOnly(2026, 12, 31))!.Seats.Single(s => s.RegionId == "lansi-suomi").MemberId);
        Assert.Equal("timo-reina", catalog.TermInForce(Presidium, new DateOnly(2027, 1, 1))!.Seats.Single(s => s.RegionId == "lansi-suomi").MemberId);
        Assert.Equal("juha-herrala", Ask(catalog, new DateOnly(2026, 12, 31), "kuka on pienten kuntien verkoston puheenjohtaja").People[0].PersonId);
        Assert.Equal("marjut-ahokas", Ask(catalog, new DateOnly(2027, 1, 1), "kuka on pienten kuntien verkoston puheenjohtaja").People[0].PersonId);
        var entry = Assert.Single(await LogAsync());
        Assert.Equal((ChangedKind.Term, $"{Presidium}/2027-01-01", ChangeAction.Added, "start, end, sourceId, seats, officers"), (entry.Kind, entry.EntityId, entry.Action, entry.Summary));
    }

    [Fact]
    public async Task AddTerm_OverlappingTheCurrentTerm_RefusedNamingIt()
    {
        var draft = (await Service<BodyTermsEditor>().DraftNextTermAsync(Presidium, CancellationToken.None))! with { Start = new DateOnly(2026, 7, 1) };

        var result = await Service<BodyTermsEditor>().AddTermAsync(Presidium, draft, Iira, CancellationToken.None);

        var error = Assert.Single(result.Errors);
        Assert.Equal(("start", EditErrorCode.TermOverlaps, "1.1.2026–31.12.2026"), (error.Field, error.Code, error.Detail));
    }

    [Fact]
    public async Task AddTerm_BadSeatsAndRoles_AnErrorPerFieldAndNothingSaved()
    {
        var input = new TermInput(
            new DateOnly(2027, 1, 1), new DateOnly(2026, 12, 31), "ei-lahdetta",
            [
                new SeatInput("lansi-suomi", new LocalizedText("Länsi-Suomi"), ["Pirkanmaa"], "juha-herrala", "juha-herrala"),
                new SeatInput("lansi-suomi", new LocalizedText("Länsi-Suomi"), ["Atlantis"], "ei-ketaan", null),
                new SeatInput(null, null, null, null, null),
            ],
            [new OfficerInput(Role.Chair, "juha-herrala"), new OfficerInput(Role.Chair, "marjut-ahokas"), new OfficerInput(Role.Coordinator, "iira-ainiala")]);

        var result = await Service<BodyTermsEditor>().AddTermAsync(Presidium, input, Iira, CancellationToken.None);

        Assert.Equal(
            [("end", EditErrorCode.EndBeforeStart), ("sourceId", EditErrorCode.UnknownSource), ("seats[0].deputyId", EditErrorCode.DeputyIsMember),
             ("seats[1].regionId", EditErrorCode.Duplicate), ("seats[1].maakunnat[0]", EditErrorCode.UnknownRegion), ("seats[1].memberId", EditErrorCode.UnknownPerson),
             ("officers[1].role", EditErrorCode.RoleTaken), ("officers[2].role", EditErrorCode.NotATermRole)],
            result.Errors.Select(e => (e.Field, e.Code)));
        Assert.Equal(2, (await CatalogAsync()).BodiesById[Presidium].Terms.Count);
    }

    [Fact]
    public async Task EditTerm_NewDeputy_SeatChangedInPlaceAndRolesKept()
    {
        var term = (await CatalogAsync()).TermInForce(Presidium, new DateOnly(2026, 11, 23))!;
        var seat = term.Seats.Single(s => s.RegionId == "lansi-suomi");
        var input = new TermInput(term.Start, term.End, term.SourceId,
            [.. term.Seats.Select(s => new SeatInput(s.RegionId, s.RegionName, s.Maakunnat, s.MemberId, s.RegionId == "lansi-suomi" ? "timo-reina" : s.DeputyId))],
            [new OfficerInput(Role.Chair, "juha-herrala"), new OfficerInput(Role.FirstViceChair, "marjut-ahokas")]);

        var result = await Service<BodyTermsEditor>().EditTermAsync(term.Id, input, Iira, CancellationToken.None);

        Assert.True(result.Succeeded, string.Join(", ", result.Errors));
        var catalog = await CatalogAsync();
        var edited = catalog.SeatsById[seat.Id];
        Assert.Equal(("juha-herrala", "timo-reina"), (edited.MemberId, edited.DeputyId));
        Assert.Equal("juha-herrala", catalog.RolesOn("pienet-kunnat", new DateOnly(2026, 11, 23)).Single(r => r.Role == Role.Chair).PersonId);
        Assert.Equal("seats", Assert.Single(await LogAsync()).Summary);
    }

    [Fact]
    public async Task RemoveTerm_MistakenTerm_GoesWithItsSeatsAndRoles()
    {
        var terms = Service<BodyTermsEditor>();
        var added = await terms.AddTermAsync(Presidium, (await terms.DraftNextTermAsync(Presidium, CancellationToken.None))!, Iira, CancellationToken.None);

        var removed = await terms.RemoveTermAsync(added.Value!.Id, Iira, CancellationToken.None);

        Assert.True(removed.Succeeded);
        var catalog = await CatalogAsync();
        Assert.Equal(2, catalog.BodiesById[Presidium].Terms.Count);
        Assert.DoesNotContain(catalog.RolesIn("pienet-kunnat"), r => r.From == new DateOnly(2027, 1, 1));
        Assert.Equal(ChangeAction.Removed, (await LogAsync())[^1].Action);
    }

    /// <summary>The 2024 presidium again for 2026, with its chair and first vice chair dated to the term.</summary>
    private async Task SeedTerm2026Async()
    {
        await using var db = await Contexts().CreateDbContextAsync();
        var seed = await db.Terms.Include(t => t.Seats).SingleAsync(t => t.BodyId == Presidium);
        db.Terms.Add(new Term
        {
            BodyId = Presidium,
            Start = new DateOnly(2026, 1, 1),
            End = new DateOnly(2026, 12, 31),
            SourceId = seed.SourceId,
            Seats = [.. seed.Seats.OrderBy(s => s.Id).Select(s => new Seat { RegionId = s.RegionId, RegionName = s.RegionName, Maakunnat = [.. s.Maakunnat], MemberId = s.MemberId, DeputyId = s.DeputyId })],
        });
        foreach (var (role, person) in new[] { (Role.Chair, "juha-herrala"), (Role.FirstViceChair, "marjut-ahokas") })
        {
            db.RoleAssignments.Add(new RoleAssignment { PersonId = person, NetworkId = "pienet-kunnat", BodyId = Presidium, Role = role, From = new DateOnly(2026, 1, 1), Until = new DateOnly(2026, 12, 31) });
        }
        await db.SaveChangesAsync();
    }

    /// <summary>A duplicate of Marjut Ahokas (or another) with details, a role, a seat, an answer, a roster link and a chat; returns the answered meeting.</summary>
    private async Task<int> SeedDuplicateAsync(string id, string? objectId)
    {
        await using var db = await Contexts().CreateDbContextAsync();
        db.People.Add(new Person { Id = id, Name = "Marjut Ahokas", Email = "marjut@ilomantsi.fi", EntraObjectId = objectId });
        db.RoleAssignments.Add(new RoleAssignment { PersonId = id, NetworkId = "kehyskunnat", Role = Role.Member });
        db.NetworkMemberships.Add(new NetworkMembership { PersonId = id, NetworkId = "kehyskunnat", InGroup = true, JoinedOn = new DateOnly(2026, 1, 1) });
        var seat = await db.Seats.Where(s => s.RegionId == "pohjois-suomi").OrderBy(s => s.Id).FirstAsync();
        seat.DeputyId = id;
        var meeting = await db.Meetings.OrderBy(m => m.Id).FirstAsync();
        db.Set<MeetingAttendance>().Add(new MeetingAttendance { MeetingId = meeting.Id, PersonId = id, Answer = AttendanceAnswer.Attending, AnsweredAt = new DateTimeOffset(2026, 11, 20, 8, 0, 0, TimeSpan.Zero) });
        if (objectId is not null)
        {
            db.ConversationReferences.Add(new ConversationReference
            {
                ConversationId = "a:personal-" + id,
                ConversationType = "personal",
                ServiceUrl = "https://smba.example/",
                ChannelId = "msteams",
                UserAadObjectId = objectId,
                UpdatedAt = new DateTimeOffset(2026, 11, 20, 8, 0, 0, TimeSpan.Zero),
            });
        }
        await db.SaveChangesAsync();
        return meeting.Id;
    }

    private static Answer Ask(NetworkCatalog catalog, DateOnly day, string text) =>
        new QuestionAnswerer(catalog, new ManualClock(new DateTimeOffset(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero))).Answer(new Question(text));

    private T Service<T>() where T : notnull => _fixture.Services.GetRequiredService<T>();

    private IDbContextFactory<VerkostotDbContext> Contexts() => Service<IDbContextFactory<VerkostotDbContext>>();

    private ValueTask<NetworkCatalog> CatalogAsync() => Service<ICatalogSource>().GetAsync(CancellationToken.None);

    private async Task<IReadOnlyList<ChangeLogEntry>> LogAsync()
    {
        await using var db = await Contexts().CreateDbContextAsync();
        return await db.Set<ChangeLogEntry>().AsNoTracking().OrderBy(c => c.Id).ToListAsync();
    }
}

public sealed class SqliteAdministrationTests : AdministrationContract<SqliteStorageFixture>;

public sealed class PostgresAdministrationTests : AdministrationContract<PostgresStorageFixture>;

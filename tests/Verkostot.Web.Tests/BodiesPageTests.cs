using Microsoft.EntityFrameworkCore;
using Verkostot.Core.ChangeLog;
using Verkostot.Core.Domain;
using Verkostot.Web.Tests.Harness;

namespace Verkostot.Web.Tests;

/// <summary>
/// A coordinator keeps the bodies' terms: "Uusi kausi" starts the next term from the current one, with the people
/// who change changed, and the old term stays as history. The demo presidium is re-elected for 2026 first, so a
/// term is in force today.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BodiesPageTests(Chromium chromium) : IAsyncLifetime
{
    private const string Presidium = "pienet-kunnat-puheenjohtajisto";
    private WebAppHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = WebAppHost.Start();
        await _host.ChangeDataAsync(async db =>
        {
            var seed = await db.Terms.Include(t => t.Seats).SingleAsync(t => t.BodyId == Presidium);
            db.Terms.Add(new Term
            {
                BodyId = Presidium,
                Start = new DateOnly(2026, 1, 1),
                End = new DateOnly(2026, 12, 31),
                SourceId = seed.SourceId,
                Seats = [.. seed.Seats.OrderBy(s => s.Id).Select(s => new Seat { RegionId = s.RegionId, RegionName = s.RegionName, Maakunnat = [.. s.Maakunnat], MemberId = s.MemberId, DeputyId = s.DeputyId })],
            });
            db.RoleAssignments.Add(new RoleAssignment { PersonId = "juha-herrala", NetworkId = "pienet-kunnat", BodyId = Presidium, Role = Role.Chair, From = new DateOnly(2026, 1, 1), Until = new DateOnly(2026, 12, 31) });
        });
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task NewTerm_FromTheCurrentWithOneMemberChanged_SavedAndTheOldKeptAsHistory()
    {
        await using var browser = await AppBrowser.OpenAsync(chromium, _host);
        await browser.SignInAsync("Iira Ainiala");
        await browser.GotoAsync("/hallinta/pienet-kunnat/toimielimet");
        await browser.AssertAccessibleAsync();
        await browser.ScreenshotAsync("toimielimet");

        await browser.Page.Locator($"fluent-anchor-button[href$='/{Presidium}/uusi-kausi']").ClickAsync();
        await browser.Page.WaitForURLAsync("**/uusi-kausi");
        Assert.Equal("2027-01-01", await browser.Page.GetByLabel("Alkaa").InputValueAsync());
        Assert.Equal("juha-herrala", await browser.Page.GetByLabel("Länsi-Suomi: jäsen").InputValueAsync());
        Assert.Equal("juha-herrala", await browser.Page.GetByLabel("Puheenjohtaja", new() { Exact = true }).InputValueAsync());
        await browser.AssertAccessibleAsync();
        await browser.ScreenshotAsync("uusi-kausi");

        await browser.Page.GetByLabel("Länsi-Suomi: jäsen").SelectOptionAsync("timo-reina");
        await browser.Page.Locator("main form fluent-button[type=submit]").ClickAsync();
        await browser.Page.WaitForURLAsync("**/toimielimet?ilmoitus=lisatty");

        var terms = await _host.QueryAsync(db => db.Terms.AsNoTracking().Include(t => t.Seats).Where(t => t.BodyId == Presidium).OrderBy(t => t.Start).ToListAsync());
        Assert.Equal([2024, 2026, 2027], terms.Select(t => t.Start.Year));
        Assert.Equal("timo-reina", terms[2].Seats.Single(s => s.RegionId == "lansi-suomi").MemberId);
        Assert.Equal("juha-herrala", terms[1].Seats.Single(s => s.RegionId == "lansi-suomi").MemberId);
        Assert.True(await _host.QueryAsync(db => db.RoleAssignments.AnyAsync(r => r.BodyId == Presidium && r.Role == Role.Chair && r.PersonId == "juha-herrala" && r.From == new DateOnly(2027, 1, 1))));
        Assert.True(await _host.QueryAsync(db => db.Set<ChangeLogEntry>().AnyAsync(c => c.Kind == ChangedKind.Term && c.EntityId == $"{Presidium}/2027-01-01" && c.Action == ChangeAction.Added)));
        Assert.Contains("1.1.2026–31.12.2026", await browser.Page.Locator("main").InnerTextAsync());
    }

    [Fact]
    public async Task NewTerm_OverlappingTheCurrent_ErrorInEnglishAndNothingSaved()
    {
        await using var browser = await AppBrowser.OpenAsync(chromium, _host);
        await browser.SignInAsync("Iira Ainiala");
        await browser.GotoAsync($"/hallinta/pienet-kunnat/toimielimet/{Presidium}/uusi-kausi?kieli=en");

        await browser.Page.GetByLabel("Starts").FillAsync("2026-07-01");
        await browser.Page.Locator("main form fluent-button[type=submit]").ClickAsync();

        Assert.Contains("The term overlaps the term 1.1.2026–31.12.2026.", await browser.Page.Locator("#f-start-virhe").InnerTextAsync());
        Assert.Equal(2, await _host.QueryAsync(db => db.Terms.CountAsync(t => t.BodyId == Presidium)));
        await browser.AssertAccessibleAsync();
    }

    [Fact]
    public async Task EditTerm_NewDeputy_SavedInPlace()
    {
        var term = await _host.QueryAsync(db => db.Terms.AsNoTracking().SingleAsync(t => t.BodyId == Presidium && t.Start == new DateOnly(2026, 1, 1)));
        await using var browser = await AppBrowser.OpenAsync(chromium, _host);
        await browser.SignInAsync("Iira Ainiala");
        await browser.GotoAsync($"/hallinta/pienet-kunnat/toimielimet/{Presidium}/kausi/{term.Id}");

        await browser.Page.GetByLabel("Länsi-Suomi: varajäsen").SelectOptionAsync("timo-reina");
        await browser.Page.Locator("main form fluent-button[type=submit]").ClickAsync();
        await browser.Page.WaitForURLAsync("**/toimielimet?ilmoitus=tallennettu");

        var seat = await _host.QueryAsync(db => db.Seats.AsNoTracking().SingleAsync(s => s.TermId == term.Id && s.RegionId == "lansi-suomi"));
        Assert.Equal(("juha-herrala", "timo-reina"), (seat.MemberId, seat.DeputyId));
        Assert.Equal(2, await _host.QueryAsync(db => db.Terms.CountAsync(t => t.BodyId == Presidium)));
    }

    [Fact]
    public async Task NewTerm_AdvisoryBoardWithoutTerms_SeatsAddedOnBlankRows()
    {
        const string board = "pienten-kuntien-neuvottelukunta";
        await using var browser = await AppBrowser.OpenAsync(chromium, _host);
        await browser.SignInAsync("Iira Ainiala");
        await browser.GotoAsync($"/hallinta/pienet-kunnat/toimielimet/{board}/uusi-kausi");

        Assert.Equal(15, await browser.Page.Locator("#paikat tbody tr").CountAsync());
        await browser.Page.GetByLabel("Paikka 1: nimi suomeksi").FillAsync("Ilomantsi");
        await browser.Page.GetByLabel("Paikka 1: jäsen").SelectOptionAsync("marjut-ahokas");
        await browser.Page.GetByLabel("Paikka 1: varajäsen").SelectOptionAsync("emilia-savolainen");
        await browser.Page.Locator("main form fluent-button[type=submit]").ClickAsync();
        await browser.Page.WaitForURLAsync("**/toimielimet?ilmoitus=lisatty");

        var term = await _host.QueryAsync(db => db.Terms.AsNoTracking().Include(t => t.Seats).SingleAsync(t => t.BodyId == board));
        var seat = Assert.Single(term.Seats);
        Assert.Equal(("ilomantsi", "Ilomantsi", "marjut-ahokas", "emilia-savolainen"), (seat.RegionId, seat.RegionName.Fi, seat.MemberId, seat.DeputyId));
    }

    [Fact]
    public async Task NewTerm_SeatWithAMemberButNoName_ErrorBesideTheRowAndNothingSaved()
    {
        await using var browser = await AppBrowser.OpenAsync(chromium, _host);
        await browser.SignInAsync("Iira Ainiala");
        await browser.GotoAsync($"/hallinta/pienet-kunnat/toimielimet/{Presidium}/uusi-kausi");

        await browser.Page.GetByLabel("Paikka 5: jäsen").SelectOptionAsync("timo-reina");
        await browser.Page.Locator("main form fluent-button[type=submit]").ClickAsync();

        Assert.Equal("true", await browser.Page.Locator("#f-seats-4-regionName-fi").GetAttributeAsync("aria-invalid"));
        Assert.Contains("Paikka 5: nimi", await browser.Page.Locator("#virheet").InnerTextAsync());
        Assert.Equal(2, await _host.QueryAsync(db => db.Terms.CountAsync(t => t.BodyId == Presidium)));
        await browser.AssertAccessibleAsync();
    }

    [Fact]
    public async Task EditTerm_SeatRowEmptied_SeatRemoved()
    {
        var term = await _host.QueryAsync(db => db.Terms.AsNoTracking().SingleAsync(t => t.BodyId == Presidium && t.Start == new DateOnly(2026, 1, 1)));
        await using var browser = await AppBrowser.OpenAsync(chromium, _host);
        await browser.SignInAsync("Iira Ainiala");
        await browser.GotoAsync($"/hallinta/pienet-kunnat/toimielimet/{Presidium}/kausi/{term.Id}");

        await browser.Page.GetByLabel("Pohjois-Suomi: nimi suomeksi").FillAsync("");
        await browser.Page.GetByLabel("Pohjois-Suomi: nimi ruotsiksi").FillAsync("");
        await browser.Page.GetByLabel("Pohjois-Suomi: jäsen").SelectOptionAsync("");
        await browser.Page.GetByLabel("Pohjois-Suomi: varajäsen").SelectOptionAsync("");
        await browser.Page.Locator("main form fluent-button[type=submit]").ClickAsync();
        await browser.Page.WaitForURLAsync("**/toimielimet?ilmoitus=tallennettu");

        var regions = await _host.QueryAsync(db => db.Seats.AsNoTracking().Where(s => s.TermId == term.Id).Select(s => s.RegionId).ToListAsync());
        Assert.Equal(["etela-suomi", "ita-suomi", "lansi-suomi"], regions.Order());
    }

    [Fact]
    public async Task RemoveTerm_Confirmed_TheTermItsSeatsAndRolesGoneAndLogged()
    {
        var term = await _host.QueryAsync(db => db.Terms.AsNoTracking().SingleAsync(t => t.BodyId == Presidium && t.Start == new DateOnly(2026, 1, 1)));
        await using var browser = await AppBrowser.OpenAsync(chromium, _host);
        await browser.SignInAsync("Iira Ainiala");
        await browser.GotoAsync($"/hallinta/pienet-kunnat/toimielimet/{Presidium}/kausi/{term.Id}");

        await browser.Page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Poista kausi…" }).ClickAsync();
        await browser.Page.WaitForURLAsync("**/poista");
        var removed = await browser.Page.Locator("#poistuu").InnerTextAsync();
        Assert.Contains("paikkoja poistuu: 4", removed);
        Assert.Contains("kauden tehtäviä poistuu: 1", removed);
        Assert.Equal(2, await _host.QueryAsync(db => db.Terms.CountAsync(t => t.BodyId == Presidium)));
        await browser.AssertAccessibleAsync();
        await browser.Page.Locator("main form fluent-button[type=submit]").ClickAsync();
        await browser.Page.WaitForURLAsync("**/toimielimet?ilmoitus=poistettu");

        Assert.False(await _host.QueryAsync(db => db.Terms.AnyAsync(t => t.Id == term.Id)));
        Assert.False(await _host.QueryAsync(db => db.Seats.AnyAsync(s => s.TermId == term.Id)));
        Assert.False(await _host.QueryAsync(db => db.RoleAssignments.AnyAsync(r => r.BodyId == Presidium && r.From == new DateOnly(2026, 1, 1))));
        Assert.True(await _host.QueryAsync(db => db.Set<ChangeLogEntry>().AnyAsync(c => c.Kind == ChangedKind.Term && c.Action == ChangeAction.Removed && c.ActorPersonId == "iira-ainiala")));
    }
}

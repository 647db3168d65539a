using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verkostot.Core.Announcements;
using Verkostot.Core.Catalog;
using Verkostot.Core.Messaging;
using Verkostot.Core.Time;
using Verkostot.Web.Tests.Harness;

namespace Verkostot.Web.Tests;

/// <summary>The Announcements page's report, failures and CSV, and the Roster page's "Synkronoi nyt".</summary>
[Collection(BrowserCollection.Name)]
public sealed class AnnouncementAndRosterTests(Chromium chromium) : WebAppTest(chromium)
{
    [Fact]
    public async Task AnnouncementPage_SentWithAFailure_ShowsReportFailureAndCsv()
    {
        var id = await SendAnnouncementAsync();
        await using var browser = await AppBrowser.OpenAsync(Chromium, Host);
        await browser.SignInAsync("Iira Ainiala");

        await browser.GotoAsync("/hallinta/pienet-kunnat/tiedotteet");
        await browser.AssertAccessibleAsync();
        await browser.ScreenshotAsync("tiedotteet");
        await browser.Page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Syyskokous siirtyy" }).ClickAsync();

        var report = await browser.Page.Locator("#raportti").InnerTextAsync();
        Assert.Contains("Lähetetty 1 / 2 · 1 epäonnistui", report);
        Assert.Contains("Tarja Hosiasluoma", report);
        Assert.Contains("Epäonnistuneet toimitukset", report);
        await browser.AssertAccessibleAsync();
        await browser.ScreenshotAsync("tiedote");
        var download = await browser.Page.RunAndWaitForDownloadAsync(() =>
            browser.Page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Lataa toimitusraportti (CSV)" }).ClickAsync());
        var csv = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.StartsWith("\uFEFFVastaanottaja;Tyyppi;Tila;Syy", csv);
        Assert.Contains("Tarja Hosiasluoma;henkilö;epäonnistui;", csv);
        Assert.Contains("Juha Herrala;henkilö;lähetetty;", csv);
        Assert.Equal($"tiedote-{id:N}.csv", download.SuggestedFilename);
    }

    [Fact]
    public async Task AnnouncementPage_AnotherNetworksAnnouncement_Is404()
    {
        var id = await SendAnnouncementAsync();
        await Host.ChangeDataAsync(db =>
        {
            db.RoleAssignments.Add(new Core.Domain.RoleAssignment { PersonId = "minna-karhunen", NetworkId = "suuret-kaupungit", Role = Core.Domain.Role.Coordinator });
            return Task.CompletedTask;
        });
        await using var browser = await AppBrowser.OpenAsync(Chromium, Host);
        await browser.SignInAsync("Minna Karhunen");

        var page = await browser.Page.APIRequest.GetAsync($"/hallinta/suuret-kaupungit/tiedotteet/{id}");
        var csv = await browser.Page.APIRequest.GetAsync($"/hallinta/suuret-kaupungit/tiedotteet/{id}?handler=Csv");
        var other = await browser.Page.APIRequest.GetAsync($"/hallinta/pienet-kunnat/tiedotteet/{id}?handler=Csv");

        Assert.Equal(404, page.Status);
        Assert.Equal(404, csv.Status);
        Assert.Equal(403, other.Status);
    }

    [Fact]
    public async Task RosterPage_SyncNow_TellsHowItWent()
    {
        await using var browser = await AppBrowser.OpenAsync(Chromium, Host);
        await browser.SignInAsync("Iira Ainiala");
        await browser.GotoAsync("/hallinta/pienet-kunnat/jasenlista");

        await browser.Page.Locator("form[action$='handler=Sync'] fluent-button[type=submit]").ClickAsync();
        await browser.Page.WaitForLoadStateAsync();

        // Development has no Graph credentials: the page says so, as the chat command does.
        Assert.Contains("Microsoft Graphin tunnuksia ei ole määritetty", await browser.Page.Locator("[role=status]").InnerTextAsync());
        await browser.AssertAccessibleAsync();
        await browser.ScreenshotAsync("jasenlista");
    }

    [Fact]
    public async Task RosterPage_OneLeftTheTeamAndOneNewInIt_EachListedUnderItsOwnHeading()
    {
        var leaver = await Host.QueryAsync(db => db.NetworkMemberships.Where(m => m.NetworkId == "pienet-kunnat")
            .Join(db.People, m => m.PersonId, p => p.Id, (m, p) => p).OrderBy(p => p.Id).FirstAsync());
        await Host.ChangeDataAsync(async db =>
        {
            foreach (var membership in await db.NetworkMemberships.Where(m => m.NetworkId == "pienet-kunnat").ToListAsync())
            {
                membership.InGroup = membership.PersonId != leaver.Id;
                membership.LeftOn = membership.PersonId == leaver.Id ? new DateOnly(2026, 11, 20) : null;
            }
            db.People.Add(new Core.Domain.Person { Id = "teams-newcomer", Name = "Uusi Tulokas", EntraObjectId = "5f0c2b1e-aaaa-4bbb-8ccc-000000000199" });
            db.NetworkMemberships.Add(new Core.Domain.NetworkMembership { NetworkId = "pienet-kunnat", PersonId = "teams-newcomer", InGroup = true });
        });
        await using var browser = await AppBrowser.OpenAsync(Chromium, Host);
        await browser.SignInAsync("Iira Ainiala");

        await browser.GotoAsync("/hallinta/pienet-kunnat/jasenlista");

        var notInTeams = await browser.Page.Locator("h2:has-text('Jäsenlistalla, mutta ei Teamsissa') + ul").InnerTextAsync();
        var notInData = await browser.Page.Locator("#yhdistamattomat").InnerTextAsync();
        Assert.Equal($"{leaver.Name} – poistui 20.11.2026", notInTeams.Trim());
        Assert.Contains("Uusi Tulokas", notInData);
        Assert.DoesNotContain(leaver.Name, notInData);
        Assert.Contains("(1)", await browser.Page.Locator("h2:has-text('Jäsenlistalla, mutta ei Teamsissa')").InnerTextAsync());
    }

    /// <summary>An announcement to two people through core's own store and ledger: one delivered, one refused for good.</summary>
    private async Task<Guid> SendAnnouncementAsync()
    {
        var services = Host.Services;
        var store = services.GetRequiredService<AnnouncementStore>();
        var ledger = services.GetRequiredService<DeliveryLedger>();
        var catalog = await services.GetRequiredService<ICatalogSource>().GetAsync(CancellationToken.None);
        var author = AnnouncementAuthor.Find(catalog, "00000000-0000-0000-0000-0000000000020", HelsinkiTime.Today(TimeProvider.System))!;
        var draft = await store.CreateDraftAsync(author, new ValidDraft("pienet-kunnat", "Syyskokous siirtyy", "Syyskokous pidetään viikkoa myöhemmin.", null,
            AnnouncementAudience.Presidium, null), CancellationToken.None);
        await store.ConfirmAsync(draft.Id, author, null, CancellationToken.None);
        Assert.True(await ledger.StartAsync(draft.Id, _ =>
        [
            PlannedRecipient.ForPerson("juha-herrala", "Juha Herrala", "00000000-0000-0000-0000-0000000000021"),
            PlannedRecipient.ForPerson("tarja-hosiasluoma", "Tarja Hosiasluoma", "00000000-0000-0000-0000-0000000000022"),
        ], CancellationToken.None));
        var rows = await ledger.ClaimBatchAsync(draft.Id, CancellationToken.None);
        await ledger.RecordAllAsync([.. rows.Select(r => (r, r.RecipientName == "Juha Herrala"
            ? Delivery.Delivered(new SentMessage("a:1", "1:1", "https://smba.example/"))
            : Delivery.Failed(DeliveryStatus.PermanentFailure, "Botti on estetty")))], CancellationToken.None);
        await ledger.CompleteIfDoneAsync(draft.Id, CancellationToken.None);
        return draft.Id;
    }
}

using Microsoft.EntityFrameworkCore;
using Verkostot.Core.ChangeLog;
using Verkostot.Core.Domain;
using Verkostot.Web.Tests.Harness;

namespace Verkostot.Web.Tests;

/// <summary>A coordinator finds, adds and edits the network's people, and merges a duplicate after seeing what moves.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PeoplePageTests(Chromium chromium) : WebAppTest(chromium)
{
    [Fact]
    public async Task AddPerson_NameEmailAndLanguage_SavedOnTheRosterAndFoundBySearch()
    {
        await using var browser = await AppBrowser.OpenAsync(Chromium, Host);
        await browser.SignInAsync("Iira Ainiala");
        await browser.GotoAsync("/hallinta/pienet-kunnat/henkilot");
        await browser.Page.Locator("fluent-anchor-button[href$='/henkilot/uusi']").ClickAsync();

        await browser.Page.GetByLabel("Nimi", new() { Exact = true }).FillAsync("Aino Äijälä");
        await browser.Page.GetByLabel("suomeksi").FillAsync("kunnanjohtaja");
        await browser.Page.GetByLabel("Sähköposti").FillAsync("aino.aijala@kunta.fi");
        await browser.Page.GetByLabel("Kieli, jolla botti asioi").SelectOptionAsync("sv");
        await browser.Page.Locator("main form fluent-button[type=submit]").ClickAsync();
        await browser.Page.WaitForURLAsync("**/henkilot?ilmoitus=lisatty*");

        Assert.Contains("Aino Äijälä", await browser.Page.Locator("#henkilot").InnerTextAsync());
        var person = await Host.QueryAsync(db => db.People.AsNoTracking().SingleAsync(p => p.Name == "Aino Äijälä"));
        Assert.Equal(("aino.aijala@kunta.fi", Language.Swedish, "kunnanjohtaja"), (person.Email, person.Language, person.Title?.Fi));
        Assert.True(await Host.QueryAsync(db => db.NetworkMemberships.AnyAsync(m => m.PersonId == person.Id && m.NetworkId == "pienet-kunnat")));
        Assert.True(await Host.QueryAsync(db => db.Set<ChangeLogEntry>().AnyAsync(c => c.EntityId == person.Id && c.Action == ChangeAction.Added && c.ActorPersonId == "iira-ainiala")));

        await browser.GotoAsync("/hallinta/pienet-kunnat/henkilot?haku=aijala");
        Assert.Equal(1, await browser.Page.Locator("#henkilot tbody tr").CountAsync());
        await browser.AssertAccessibleAsync();
        await browser.ScreenshotAsync("henkilot");
    }

    [Fact]
    public async Task EditPerson_BadEmailAndEntraId_ErrorsBesideTheFieldsInSwedishAndNothingSaved()
    {
        await using var browser = await AppBrowser.OpenAsync(Chromium, Host);
        await browser.SignInAsync("Iira Ainiala");
        await browser.GotoAsync("/hallinta/pienet-kunnat/henkilot/marjut-ahokas?kieli=sv");

        await browser.Page.GetByLabel("E-post").FillAsync("marjut@");
        await browser.Page.GetByLabel("Entra-id (object id)").FillAsync("ei-guid");
        await browser.Page.Locator("main form fluent-button[type=submit]").First.ClickAsync();

        Assert.Contains("Kontrollera e-postadressen", await browser.Page.Locator("#f-email-virhe").InnerTextAsync());
        Assert.Contains("Entra-id:t har formen", await browser.Page.Locator("#f-entraObjectId-virhe").InnerTextAsync());
        Assert.Equal("true", await browser.Page.Locator("#f-email").GetAttributeAsync("aria-invalid"));
        Assert.Contains("Kontrollera följande", await browser.Page.Locator("#virheet").InnerTextAsync());
        var stored = await Host.QueryAsync(db => db.People.AsNoTracking().SingleAsync(p => p.Id == "marjut-ahokas"));
        Assert.NotEqual("marjut@", stored.Email);
        await browser.AssertAccessibleAsync();
        await browser.ScreenshotAsync("henkilo-virhe");
    }

    [Fact]
    public async Task EditPerson_EntraIdAndLanguage_SavedAndLoggedByFieldName()
    {
        await using var browser = await AppBrowser.OpenAsync(Chromium, Host);
        await browser.SignInAsync("Iira Ainiala");
        await browser.GotoAsync("/hallinta/pienet-kunnat/henkilot/marjut-ahokas");

        await browser.Page.GetByLabel("Entra-tunnus (object id)").FillAsync(" 0F8FAD5B-D9CB-469F-A165-70867728950E ");
        await browser.Page.GetByLabel("Kieli, jolla botti asioi").SelectOptionAsync("sv");
        await browser.Page.Locator("main form[method=post] fluent-button[type=submit]").First.ClickAsync();
        await browser.Page.WaitForURLAsync("**/henkilot?ilmoitus=tallennettu");

        var person = await Host.QueryAsync(db => db.People.AsNoTracking().SingleAsync(p => p.Id == "marjut-ahokas"));
        Assert.Equal(Language.Swedish, person.Language);
        Assert.Equal("0f8fad5b-d9cb-469f-a165-70867728950e", person.EntraObjectId, ignoreCase: true);
        var entry = await Host.QueryAsync(db => db.Set<ChangeLogEntry>().AsNoTracking().SingleAsync(c => c.EntityId == "marjut-ahokas" && c.Channel == ChangeChannel.Web));
        Assert.Equal((ChangeAction.Changed, "iira-ainiala", "pienet-kunnat"), (entry.Action, entry.ActorPersonId, entry.NetworkId));
        Assert.Contains("entraObjectId", entry.Summary);
        Assert.Contains("language", entry.Summary);
    }

    [Fact]
    public async Task MergePeople_BothHaveTeamsAccounts_RefusedWithTheReasonAndNothingMerged()
    {
        await Host.ChangeDataAsync(async db =>
        {
            (await db.People.SingleAsync(p => p.Id == "marjut-ahokas")).EntraObjectId = "0f8fad5b-d9cb-469f-a165-70867728950e";
            db.People.Add(new Person { Id = "marjut-ahokas-2", Name = "Marjut Ahokas", EntraObjectId = "7c9e6679-7425-40de-944b-e07fc1f90ae7" });
            db.NetworkMemberships.Add(new NetworkMembership { PersonId = "marjut-ahokas-2", NetworkId = "pienet-kunnat", JoinedOn = new DateOnly(2026, 1, 1) });
        });
        await using var browser = await AppBrowser.OpenAsync(Chromium, Host);
        await browser.SignInAsync("Iira Ainiala");

        await browser.GotoAsync("/hallinta/pienet-kunnat/henkilot/marjut-ahokas/yhdista?kaksoiskappale=marjut-ahokas-2");

        Assert.Contains("kahdesta Teams-tilistä", await browser.Page.Locator("#virheet").InnerTextAsync());
        Assert.Equal(0, await browser.Page.Locator("main form[method=post]").CountAsync());
        await browser.Page.Locator("#virheet a[href='#f-duplicateId']").ClickAsync();
        Assert.Equal("f-duplicateId", await browser.Page.EvaluateAsync<string>("document.activeElement.id"));
        Assert.True(await Host.QueryAsync(db => db.People.AnyAsync(p => p.Id == "marjut-ahokas-2")));
        await browser.AssertAccessibleAsync();
    }

    [Fact]
    public async Task MergePeople_PreviewThenConfirm_DuplicateGoesAndItsRosterLinkMoves()
    {
        await Host.ChangeDataAsync(db =>
        {
            db.People.Add(new Person { Id = "marjut-ahokas-2", Name = "Marjut Ahokas", Email = "marjut.ahokas@ilomantsi.fi" });
            db.NetworkMemberships.Add(new NetworkMembership { PersonId = "marjut-ahokas-2", NetworkId = "pienet-kunnat", InGroup = true, JoinedOn = new DateOnly(2026, 1, 1) });
            return Task.CompletedTask;
        });
        await using var browser = await AppBrowser.OpenAsync(Chromium, Host);
        await browser.SignInAsync("Iira Ainiala");
        await browser.GotoAsync("/hallinta/pienet-kunnat/henkilot/marjut-ahokas");

        await browser.Page.GetByLabel("Kaksoiskappale").SelectOptionAsync("marjut-ahokas-2");
        await browser.Page.GetByText("Esikatsele yhdistäminen").ClickAsync();
        await browser.Page.WaitForURLAsync("**/yhdista?kaksoiskappale=marjut-ahokas-2");

        var preview = await browser.Page.Locator("#esikatselu").InnerTextAsync();
        Assert.Contains("jäsenyyksiä jäsenlistoilla siirtyy: 1", preview);
        Assert.Contains("puuttuvat tiedot täydennetään", preview);
        Assert.True(await Host.QueryAsync(db => db.People.AnyAsync(p => p.Id == "marjut-ahokas-2")));
        await browser.AssertAccessibleAsync();
        await browser.ScreenshotAsync("henkilot-yhdista");

        await browser.Page.Locator("main form fluent-button[type=submit]").ClickAsync();
        await browser.Page.WaitForURLAsync("**/henkilot?ilmoitus=yhdistetty");

        Assert.False(await Host.QueryAsync(db => db.People.AnyAsync(p => p.Id == "marjut-ahokas-2")));
        Assert.True(await Host.QueryAsync(db => db.NetworkMemberships.AnyAsync(m => m.PersonId == "marjut-ahokas" && m.NetworkId == "pienet-kunnat" && m.InGroup)));
        Assert.True(await Host.QueryAsync(db => db.Set<ChangeLogEntry>().AnyAsync(c => c.EntityId == "marjut-ahokas" && c.Action == ChangeAction.Merged && c.NetworkId == "pienet-kunnat")));
    }

    [Fact]
    public async Task EditPerson_PersonOfAnotherNetwork_NotFound()
    {
        await Host.ChangeDataAsync(db =>
        {
            db.People.Add(new Person { Id = "muu-henkilo", Name = "Muu Henkilö" });
            db.NetworkMemberships.Add(new NetworkMembership { PersonId = "muu-henkilo", NetworkId = "suuret-kaupungit", JoinedOn = new DateOnly(2026, 1, 1) });
            return Task.CompletedTask;
        });
        await using var browser = await AppBrowser.OpenAsync(Chromium, Host);
        await browser.SignInAsync("Iira Ainiala");

        var page = await browser.Page.APIRequest.GetAsync("/hallinta/pienet-kunnat/henkilot/muu-henkilo");
        var merge = await browser.Page.APIRequest.GetAsync("/hallinta/pienet-kunnat/henkilot/marjut-ahokas/yhdista?kaksoiskappale=muu-henkilo");

        Assert.Equal(404, page.Status);
        Assert.Equal(404, merge.Status);
    }
}

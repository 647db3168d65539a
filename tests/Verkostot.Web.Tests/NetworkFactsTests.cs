using Microsoft.EntityFrameworkCore;
using Verkostot.Core.ChangeLog;
using Verkostot.Web.Tests.Harness;

namespace Verkostot.Web.Tests;

/// <summary>A coordinator edits the network's facts in place on the Network page; bad input gets messages beside the fields in the user's language.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NetworkFactsTests(Chromium chromium) : WebAppTest(chromium)
{
    [Fact]
    public async Task SaveFacts_ResidentsAndANewTheme_SavedAndLoggedByFieldName()
    {
        await using var browser = await AppBrowser.OpenAsync(Chromium, Host);
        await browser.SignInAsync("Iira Ainiala");
        await browser.GotoAsync("/hallinta/pienet-kunnat");
        var themes = await Host.QueryAsync(db => db.Networks.AsNoTracking().Where(n => n.Id == "pienet-kunnat").Select(n => n.Themes).SingleAsync());

        await browser.Page.GetByLabel("Asukkaita").FillAsync("612 000");
        await browser.Page.Locator($"#f-themes-{themes.Count}-fi").FillAsync("Elinvoima");
        await browser.Page.Locator($"#f-themes-{themes.Count}-sv").FillAsync("Livskraft");
        await browser.Page.Locator("form#tiedot fluent-button[type=submit]").ClickAsync();
        await browser.Page.WaitForURLAsync("**/pienet-kunnat?ilmoitus=tallennettu");

        var network = await Host.QueryAsync(db => db.Networks.AsNoTracking().SingleAsync(n => n.Id == "pienet-kunnat"));
        Assert.Equal(612000, network.Residents);
        Assert.Equal(("Elinvoima", "Livskraft"), (network.Themes[^1].Fi, network.Themes[^1].Sv));
        var entry = await Host.QueryAsync(db => db.Set<ChangeLogEntry>().AsNoTracking().SingleAsync(c => c.Kind == ChangedKind.Network && c.Channel == ChangeChannel.Web));
        Assert.Equal(("iira-ainiala", "residents, themes"), (entry.ActorPersonId, entry.Summary));
        Assert.Equal("612 000", (await browser.Page.GetByLabel("Asukkaita").InputValueAsync()).Replace('\u00a0', ' '));
    }

    [Fact]
    public async Task SaveFacts_BadInput_MessagesBesideTheFieldsInSwedishAndNothingSaved()
    {
        await using var browser = await AppBrowser.OpenAsync(Chromium, Host);
        await browser.SignInAsync("Iira Ainiala");
        await browser.GotoAsync("/hallinta/pienet-kunnat?kieli=sv");
        var before = await Host.QueryAsync(db => db.Networks.AsNoTracking().SingleAsync(n => n.Id == "pienet-kunnat"));

        await browser.Page.GetByLabel("Invånare").FillAsync("-5");
        await browser.Page.GetByLabel("Grundat").FillAsync("i fjol");
        await browser.Page.Locator("#f-sources-1-name-fi").FillAsync("Kommunförbundet");
        await browser.Page.Locator("#f-sources-1-url").FillAsync("ftp://kommunforbundet.fi");
        await browser.Page.Locator("form#tiedot fluent-button[type=submit]").ClickAsync();

        Assert.Contains("Skriv datumet som 31.12.2026.", await browser.Page.Locator("#f-founded-virhe").InnerTextAsync());
        await browser.Page.GetByLabel("Grundat").FillAsync("2019");
        await browser.Page.Locator("form#tiedot fluent-button[type=submit]").ClickAsync();

        Assert.Contains("Talet kan inte vara negativt.", await browser.Page.Locator("#f-residents-virhe").InnerTextAsync());
        Assert.Contains("Adressen ska börja med https:// eller http://.", await browser.Page.Locator("#f-sources-1-url-virhe").InnerTextAsync());
        Assert.Equal("true", await browser.Page.Locator("#f-residents").GetAttributeAsync("aria-invalid"));
        var after = await Host.QueryAsync(db => db.Networks.AsNoTracking().SingleAsync(n => n.Id == "pienet-kunnat"));
        Assert.Equal((before.Residents, before.Founded), (after.Residents, after.Founded));
        Assert.False(await Host.QueryAsync(db => db.Set<ChangeLogEntry>().AnyAsync(c => c.Channel == ChangeChannel.Web)));
        await browser.AssertAccessibleAsync();
        await browser.ScreenshotAsync("verkosto-virhe");
    }
}

using Microsoft.EntityFrameworkCore;
using Verkostot.Web.Tests.Harness;

namespace Verkostot.Web.Tests;

/// <summary>The editing forms work without a mouse: links and buttons by Enter, a form sent by Enter in a field.</summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardTests(Chromium chromium) : WebAppTest(chromium)
{
    [Fact]
    public async Task AddPerson_EnterOnTheLinkThenEnterInTheNameField_PersonAdded()
    {
        await using var browser = await AppBrowser.OpenAsync(Chromium, Host);
        await browser.SignInAsync("Iira Ainiala");
        await browser.GotoAsync("/hallinta/pienet-kunnat/henkilot");

        await browser.Page.Locator("fluent-anchor-button[href$='/henkilot/uusi']").FocusAsync();
        await browser.Page.Keyboard.PressAsync("Enter");
        await browser.Page.WaitForURLAsync("**/henkilot/uusi");
        await browser.Page.Locator("#f-name").FocusAsync();
        await browser.Page.Keyboard.TypeAsync("Aino Äijälä");
        await browser.Page.Keyboard.PressAsync("Enter");
        await browser.Page.WaitForURLAsync("**/henkilot?ilmoitus=lisatty*");

        Assert.True(await Host.QueryAsync(db => db.People.AnyAsync(p => p.Name == "Aino Äijälä")));
    }

    [Fact]
    public async Task SaveButton_FocusedAndEnterPressed_FormSent()
    {
        await using var browser = await AppBrowser.OpenAsync(Chromium, Host);
        await browser.SignInAsync("Iira Ainiala");
        await browser.GotoAsync("/hallinta/pienet-kunnat/henkilot/marjut-ahokas");

        await browser.Page.Locator("#f-email").FillAsync("marjut.ahokas@ilomantsi.fi");
        await browser.Page.Locator("main form[method=post] fluent-button[type=submit]").First.FocusAsync();
        await browser.Page.Keyboard.PressAsync("Enter");
        await browser.Page.WaitForURLAsync("**/henkilot?ilmoitus=tallennettu");

        Assert.Equal("marjut.ahokas@ilomantsi.fi", await Host.QueryAsync(db => db.People.Where(p => p.Id == "marjut-ahokas").Select(p => p.Email).SingleAsync()));
    }

    [Fact]
    public async Task SaveFacts_BadNumber_FocusOnTheErrorSummaryWhoseLinkLeadsToTheField()
    {
        await using var browser = await AppBrowser.OpenAsync(Chromium, Host);
        await browser.SignInAsync("Iira Ainiala");
        await browser.GotoAsync("/hallinta/pienet-kunnat");

        await browser.Page.Locator("#f-residents").FillAsync("paljon");
        await browser.Page.Keyboard.PressAsync("Enter");
        await browser.Page.Locator("#virheet").WaitForAsync();

        Assert.Equal("virheet", await ActiveIdAsync(browser));
        await browser.Page.Keyboard.PressAsync("Tab");
        await browser.Page.Keyboard.PressAsync("Enter");
        Assert.Equal("f-residents", await ActiveIdAsync(browser));
    }

    private static Task<string> ActiveIdAsync(AppBrowser browser) => browser.Page.EvaluateAsync<string>("document.activeElement.id");
}

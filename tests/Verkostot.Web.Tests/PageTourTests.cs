using Verkostot.Web.Tests.Harness;

namespace Verkostot.Web.Tests;

/// <summary>
/// Every page of the web app, opened in Finnish by the demo network's coordinator (the administrators' pages by an
/// administrator): it renders, axe finds no serious or critical problem, and its screenshot goes to
/// artifacts/screenshots/hallinta.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PageTourTests(Chromium chromium) : WebAppTest(chromium)
{
    public static TheoryData<string, string, string> SignedInPages => new()
    {
        { "/hallinta/pienet-kunnat", "verkosto", "Pienten kuntien verkosto" },
        { "/hallinta/pienet-kunnat/henkilot", "henkilot-lista", "Henkilöt" },
        { "/hallinta/pienet-kunnat/henkilot/uusi", "henkilo-uusi", "Lisää henkilö" },
        { "/hallinta/pienet-kunnat/henkilot/marjut-ahokas", "henkilo", "Marjut Ahokas" },
        { "/hallinta/pienet-kunnat/kokoukset", "kokoukset", "Kokoukset" },
        { "/hallinta/pienet-kunnat/kokoukset/uusi", "kokous-uusi", "Lisää kokous" },
        { "/hallinta/pienet-kunnat/muutokset", "muutosloki", "Muutosloki" },
        { "/hallinta/pienet-kunnat/kysymykset", "kysymykset-tyhja", "Kysymykset, joihin en löytänyt vastausta" },
    };

    [Theory]
    [MemberData(nameof(SignedInPages))]
    public async Task Page_Coordinator_RendersAccessibly(string path, string screenshot, string heading)
    {
        await using var browser = await AppBrowser.OpenAsync(Chromium, Host);
        await browser.SignInAsync("Iira Ainiala");

        var response = await browser.GotoAsync(path);

        Assert.Equal(200, response!.Status);
        Assert.Equal(heading, await browser.Page.Locator("h1").InnerTextAsync());
        await browser.AssertAccessibleAsync();
        await browser.ScreenshotAsync(screenshot);
    }

    [Theory]
    [InlineData("/hallinta", "verkostot", "Verkostot")]
    [InlineData("/hallinta/tiedot", "tiedot", "Tietojen tuonti ja vienti")]
    public async Task Page_Administrator_RendersAccessibly(string path, string screenshot, string heading)
    {
        await using var browser = await AppBrowser.OpenAsync(Chromium, Host);
        await browser.SignInAsync("Iira Ainiala", administrator: true);

        var response = await browser.GotoAsync(path);

        Assert.Equal(200, response!.Status);
        Assert.Equal(heading, await browser.Page.Locator("h1").InnerTextAsync());
        await browser.AssertAccessibleAsync();
        await browser.ScreenshotAsync(screenshot);
    }

    [Fact]
    public async Task MeetingPage_Coordinator_RendersAccessibly()
    {
        await using var browser = await AppBrowser.OpenAsync(Chromium, Host);
        await browser.SignInAsync("Iira Ainiala");
        await browser.GotoAsync("/hallinta/pienet-kunnat/kokoukset");

        await browser.Page.Locator("table:not(.calendar) tbody a").First.ClickAsync();

        Assert.Matches("/kokoukset/[0-9]+$", browser.Page.Url);
        await browser.AssertAccessibleAsync();
        await browser.ScreenshotAsync("kokous");
    }

    [Theory]
    [InlineData("/tietosuoja", "tietosuoja", "Tietosuojaseloste")]
    [InlineData("/kayttoehdot", "kayttoehdot", "Käyttöehdot")]
    [InlineData("/hallinta/kirjaudu", "kirjautuminen", "Kirjautuminen")]
    [InlineData("/hallinta/kirjaudu/kehittaja", "kehittajakirjautuminen", "Kehittäjäkirjautuminen")]
    public async Task PublicPage_NotSignedIn_RendersAccessibly(string path, string screenshot, string heading)
    {
        await using var browser = await AppBrowser.OpenAsync(Chromium, Host);

        var response = await browser.GotoAsync(path);

        Assert.Equal(200, response!.Status);
        Assert.Equal(heading, await browser.Page.Locator("h1").InnerTextAsync());
        await browser.AssertAccessibleAsync();
        await browser.ScreenshotAsync(screenshot);
    }

    [Fact]
    public async Task DeniedPage_Member_RendersAccessibly()
    {
        await using var browser = await AppBrowser.OpenAsync(Chromium, Host);
        await browser.GotoAsync("/hallinta/kirjaudu/kehittaja");
        await browser.Page.GetByLabel("Tarja Hosiasluoma").CheckAsync();
        await browser.Page.Locator("form fluent-button[type=submit]").ClickAsync();
        await browser.Page.WaitForLoadStateAsync();

        var response = await browser.GotoAsync("/hallinta");

        Assert.Equal(403, response!.Status);
        await browser.AssertAccessibleAsync();
        await browser.ScreenshotAsync("ei-oikeutta");
    }

    [Theory]
    [InlineData("sv", "Möten")]
    [InlineData("en", "Meetings")]
    public async Task MeetingsPage_OtherLanguage_RendersAccessibly(string language, string heading)
    {
        await using var browser = await AppBrowser.OpenAsync(Chromium, Host);
        await browser.SignInAsync("Iira Ainiala");

        await browser.GotoAsync($"/hallinta/pienet-kunnat/kokoukset?kieli={language}");

        Assert.Equal(heading, await browser.Page.Locator("h1").InnerTextAsync());
        Assert.Equal(language, await browser.Page.Locator("html").GetAttributeAsync("lang"));
        await browser.AssertAccessibleAsync();
    }
}

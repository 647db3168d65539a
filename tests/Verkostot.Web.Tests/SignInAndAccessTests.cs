using System.Net;
using Verkostot.Core.Domain;
using Verkostot.Web.Tests.Harness;

namespace Verkostot.Web.Tests;

/// <summary>Who gets in, through the developer sign-in in a real browser: coordinators to their network, administrators everywhere, others nowhere.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SignInAndAccessTests(Chromium chromium) : WebAppTest(chromium)
{
    [Fact]
    public async Task Hallinta_NotSignedIn_GoesToSignInPage()
    {
        await using var browser = await AppBrowser.OpenAsync(Chromium, Host);

        await browser.GotoAsync("/hallinta/pienet-kunnat/kokoukset");

        Assert.Contains("/hallinta/kirjaudu?paluu=%2Fhallinta%2Fpienet-kunnat%2Fkokoukset", browser.Page.Url);
        Assert.Equal("Kirjautuminen", await browser.Page.Locator("h1").InnerTextAsync());
    }

    [Fact]
    public async Task DeveloperSignIn_Coordinator_OpensTheirNetwork()
    {
        await using var browser = await AppBrowser.OpenAsync(Chromium, Host);

        await browser.SignInAsync("Iira Ainiala");

        Assert.EndsWith("/hallinta/pienet-kunnat", browser.Page.Url);
        Assert.Equal("Pienten kuntien verkosto", await browser.Page.Locator("h1").InnerTextAsync());
        Assert.Contains("Kehittäjäkirjautuminen", await browser.Page.Locator(".developer-banner").InnerTextAsync());
    }

    [Fact]
    public async Task Hallinta_MemberWhoCoordinatesNothing_Gets403AndSeesNoNetwork()
    {
        await using var browser = await AppBrowser.OpenAsync(Chromium, Host);
        await browser.GotoAsync("/hallinta/kirjaudu/kehittaja");
        await browser.Page.GetByLabel("Tarja Hosiasluoma").CheckAsync();
        await browser.Page.Locator("form fluent-button[type=submit]").ClickAsync();
        await browser.Page.WaitForLoadStateAsync();

        var home = await browser.GotoAsync("/hallinta");
        var network = await browser.GotoAsync("/hallinta/pienet-kunnat/kokoukset");

        Assert.Equal(403, home!.Status);
        Assert.Equal(403, network!.Status);
        Assert.Equal("Ei käyttöoikeutta", await browser.Page.Locator("h1").InnerTextAsync());
        Assert.DoesNotContain("Pienten kuntien", await browser.Page.ContentAsync());
    }

    [Fact]
    public async Task NetworkPage_CoordinatorOfAnotherNetwork_Gets403()
    {
        await Host.ChangeDataAsync(db =>
        {
            db.RoleAssignments.Add(new RoleAssignment { PersonId = "minna-karhunen", NetworkId = "suuret-kaupungit", Role = Role.Coordinator });
            return Task.CompletedTask;
        });
        await using var browser = await AppBrowser.OpenAsync(Chromium, Host);
        await browser.SignInAsync("Minna Karhunen");

        var own = await browser.GotoAsync("/hallinta/suuret-kaupungit");
        var other = await browser.GotoAsync("/hallinta/pienet-kunnat/kokoukset");

        Assert.Equal(200, own!.Status);
        Assert.Equal(403, other!.Status);
    }

    [Fact]
    public async Task Hallinta_Administrator_ListsEveryNetwork()
    {
        await using var browser = await AppBrowser.OpenAsync(Chromium, Host);

        await browser.SignInAsync("Tarja Hosiasluoma", administrator: true);

        var networks = await Host.QueryAsync(db => Task.FromResult(db.Networks.Count()));
        Assert.Equal(networks, await browser.Page.Locator(".network-list li").CountAsync());
    }

    [Fact]
    public async Task Language_ChosenOnce_StaysOnTheNextPages()
    {
        await using var browser = await AppBrowser.OpenAsync(Chromium, Host);
        await browser.SignInAsync("Iira Ainiala");

        await browser.GotoAsync("/hallinta/pienet-kunnat?kieli=sv");
        await browser.GotoAsync("/hallinta/pienet-kunnat/kokoukset");

        Assert.Equal("sv", await browser.Page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("Möten", await browser.Page.Locator(".tabs a[aria-current=page]").InnerTextAsync());
    }

    [Fact]
    public async Task SignOut_WithoutAntiforgeryToken_IsRefused()
    {
        using var client = new HttpClient { BaseAddress = new Uri(Host.BaseUrl) };

        using var response = await client.PostAsync("/hallinta/kirjaudu/ulos", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}

using Microsoft.Playwright;
using Verkostot.Core.Domain;
using Verkostot.Testing.Tokens;
using Verkostot.Web.Tests.Harness;

namespace Verkostot.Web.Tests;

/// <summary>
/// Sign-in in a browser through OpenID Connect, the whole round trip in chromium: the app sends the browser to the
/// (loopback, fake) Entra authorize page, the account chosen there posts its ID token back, the app validates it and
/// opens the web app as that person, with only that person's rights.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class OpenIdSignInTests(Chromium chromium) : IAsyncLifetime
{
    private const string IiraObjectId = "00000000-0000-0000-0000-0000000000020";
    private const string MinnaObjectId = "6b0e6a52-4e0b-4c3e-9d1a-5a4f2c7e9b10";

    private readonly TestTokensKey _key = TestTokensKey.Generate("entra-key");
    private FakeOpenIdServer _entra = null!;
    private WebAppHost _host = null!;

    public async Task InitializeAsync()
    {
        _entra = await FakeOpenIdServer.StartAsync(_key);
        _host = WebAppHost.Start(settings: new Dictionary<string, string?>
        {
            ["AzureAd:Instance"] = _entra.EntraInstance,
            ["AzureAd:TenantId"] = TestTokens.TenantId,
            ["AzureAd:ClientId"] = TestTokens.AppId,
            ["Verkostot:AllowedTenants:0"] = TestTokens.TenantId,
        });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _entra.DisposeAsync();
    }

    [Fact]
    public async Task OpenIdSignIn_Coordinator_LandsOnTheirNetworkAsThemselves()
    {
        _entra.SignInAs(IiraObjectId, "Iira Ainiala");
        await using var browser = await AppBrowser.OpenAsync(chromium, _host);
        var elsewhere = new List<string>();
        browser.Page.Request += (_, request) =>
        {
            if (!new Uri(request.Url).IsLoopback) elsewhere.Add(request.Url);
        };

        await SignInThroughEntraAsync(browser, "/hallinta");

        Assert.EndsWith("/hallinta/pienet-kunnat", browser.Page.Url);
        Assert.Equal("Pienten kuntien verkosto", await browser.Page.Locator("h1").InnerTextAsync());
        Assert.Equal("Iira Ainiala", await browser.Page.Locator(".user-name").InnerTextAsync());
        Assert.Equal(0, await browser.Page.Locator(".developer-banner").CountAsync());
        Assert.Empty(elsewhere);
    }

    [Fact]
    public async Task OpenIdSignIn_CoordinatorOfAnotherNetwork_Gets403()
    {
        await _host.ChangeDataAsync(async db =>
        {
            (await db.People.FindAsync("minna-karhunen"))!.EntraObjectId = MinnaObjectId;
            db.RoleAssignments.Add(new RoleAssignment { PersonId = "minna-karhunen", NetworkId = "suuret-kaupungit", Role = Role.Coordinator });
        });
        _entra.SignInAs(MinnaObjectId, "Minna Karhunen");
        await using var browser = await AppBrowser.OpenAsync(chromium, _host);

        await SignInThroughEntraAsync(browser, "/hallinta/pienet-kunnat/kokoukset");
        var refused = browser.Page.Url;
        var other = await browser.GotoAsync("/hallinta/pienet-kunnat");
        var own = await browser.GotoAsync("/hallinta/suuret-kaupungit");

        Assert.EndsWith("/hallinta/pienet-kunnat/kokoukset", refused);
        Assert.Equal(403, other!.Status);
        Assert.Equal(200, own!.Status);
        Assert.Equal("Minna Karhunen", await browser.Page.Locator(".user-name").InnerTextAsync());
    }

    [Fact]
    public async Task OpenIdSignIn_AccountOfAnotherTenant_IsRefusedAndGetsNoSession()
    {
        _entra.SignInAs(IiraObjectId, "Iira Ainiala", TestTokens.OtherTenantId);
        await using var browser = await AppBrowser.OpenAsync(chromium, _host);

        await ThroughEntraAsync(browser, "/hallinta/pienet-kunnat");

        Assert.Contains("/hallinta/kirjaudu?hylatty=true", browser.Page.Url);
        Assert.Contains("Tiliäsi ei hyväksytty", await browser.Page.Locator("[role=alert]").InnerTextAsync());
        await browser.AssertAccessibleAsync();
        await browser.GotoAsync("/hallinta/pienet-kunnat");
        Assert.Contains("/hallinta/kirjaudu?paluu=", browser.Page.Url);
        Assert.DoesNotContain("Pienten kuntien verkosto", await browser.Page.ContentAsync());

        // The same person from the allowed tenant, in the same browser, gets in: it was the tenant that was refused.
        _entra.SignInAs(IiraObjectId, "Iira Ainiala");
        await SignInThroughEntraAsync(browser, "/hallinta/pienet-kunnat");
        Assert.EndsWith("/hallinta/pienet-kunnat", browser.Page.Url);
    }

    /// <summary>From a page of the app through the sign-in page and Entra's, back to that page.</summary>
    private async Task SignInThroughEntraAsync(AppBrowser browser, string path)
    {
        await ThroughEntraAsync(browser, path);
        Assert.DoesNotContain("/kirjaudu", browser.Page.Url, StringComparison.Ordinal);
    }

    /// <summary>
    /// From a page of the app through the sign-in page and Entra's "Continue", which posts the ID token to the app's
    /// callback; returns once the page the callback sends the browser to (after its redirects) has loaded.
    /// </summary>
    private async Task ThroughEntraAsync(AppBrowser browser, string path)
    {
        await browser.GotoAsync(path);
        Assert.Contains("/hallinta/kirjaudu", browser.Page.Url);
        await browser.Page.GetByText("Kirjaudu Microsoft-tilillä").ClickAsync();
        await ArrivedAsync(browser.Page, _entra.Origin);
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await ArrivedAsync(browser.Page, _host.BaseUrl);
    }

    /// <summary>
    /// The page is on <paramref name="origin"/> and loaded, as the document itself tells (its URL and readyState),
    /// not as Playwright's navigation events do: on a busy machine, for the page that a form post's redirects ended
    /// on, a wait for the "load" event (WaitForURLAsync's, whatever its WaitUntil, when the URL already matches)
    /// ran out after 30 s with the page's network long idle.
    /// </summary>
    private static Task ArrivedAsync(IPage page, string origin) =>
        page.WaitForFunctionAsync("origin => location.href.startsWith(origin + '/') && document.readyState === 'complete'", origin);
}

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

        await SignInThroughEntraAsync(browser, "/hallinta");

        Assert.EndsWith("/hallinta/pienet-kunnat", browser.Page.Url);
        Assert.Equal("Pienten kuntien verkosto", await browser.Page.Locator("h1").InnerTextAsync());
        Assert.Equal("Iira Ainiala", await browser.Page.Locator(".user-name").InnerTextAsync());
        Assert.Equal(0, await browser.Page.Locator(".developer-banner").CountAsync());
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

        await browser.GotoAsync("/hallinta/pienet-kunnat");
        await browser.Page.GetByText("Kirjaudu Microsoft-tilillä").ClickAsync();
        await browser.Page.WaitForURLAsync(url => url.StartsWith(_entra.Origin, StringComparison.Ordinal));
        await browser.Page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await browser.Page.WaitForURLAsync(url => url.Contains("/hallinta/kirjaudu?hylatty=true", StringComparison.Ordinal));

        Assert.Contains("Tiliäsi ei hyväksytty", await browser.Page.Locator("[role=alert]").InnerTextAsync());
        await browser.AssertAccessibleAsync();
        await browser.GotoAsync("/hallinta/pienet-kunnat");
        Assert.Contains("/hallinta/kirjaudu?paluu=", browser.Page.Url);
        Assert.DoesNotContain("Pienten kuntien verkosto", await browser.Page.ContentAsync());
    }

    /// <summary>From a page of the app through the sign-in page and Entra's, back to that page.</summary>
    private async Task SignInThroughEntraAsync(AppBrowser browser, string path)
    {
        await browser.GotoAsync(path);
        Assert.Contains("/hallinta/kirjaudu", browser.Page.Url);
        await browser.Page.GetByText("Kirjaudu Microsoft-tilillä").ClickAsync();
        await browser.Page.WaitForURLAsync(url => url.StartsWith(_entra.Origin, StringComparison.Ordinal));
        await browser.Page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await browser.Page.WaitForURLAsync(url => url.StartsWith(_host.BaseUrl, StringComparison.Ordinal) && !url.Contains("/kirjaudu", StringComparison.Ordinal));
    }
}

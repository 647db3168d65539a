using System.Net;
using Microsoft.AspNetCore.WebUtilities;
using Verkostot.Bot.Administration.SignIn;
using Verkostot.Bot.Tests.Hosting;
using Verkostot.Testing.Tokens;

namespace Verkostot.Bot.Tests.Administration;

/// <summary>
/// The start of OpenID Connect sign-in in a browser: the app sends the browser to Entra with its own callback as the
/// redirect URI, and keeps the correlation and nonce cookies where the browser will send them back, on that callback.
/// (The whole round trip in chromium: Verkostot.Web.Tests' OpenIdSignInTests.)
/// </summary>
public sealed class BrowserSignInChallengeTests : IAsyncLifetime
{
    private FakeOpenIdServer _openId = null!;
    private BotTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _openId = await FakeOpenIdServer.StartAsync(TestTokensKey.Generate("entra-key"));
        _host = await BotTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["AzureAd:Instance"] = _openId.EntraInstance,
            ["AzureAd:TenantId"] = TestTokens.TenantId,
            ["AzureAd:ClientId"] = TestTokens.AppId,
            ["Verkostot:AllowedTenants:0"] = TestTokens.TenantId,
        });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _openId.DisposeAsync();
    }

    [Fact]
    public async Task BrowserSignIn_Challenge_PutsTheCorrelationAndNonceCookiesOnTheCallbackItAsksEntraToPostTo()
    {
        using var client = _host.CreateClient(new() { AllowAutoRedirect = false });

        using var challenge = await client.GetAsync($"{SignInEndpoints.BrowserPath}?paluu=%2Fhallinta");

        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var authorize = challenge.Headers.Location!;
        Assert.StartsWith(_openId.Origin + "/", authorize.ToString(), StringComparison.Ordinal);
        var redirectUri = new Uri(QueryHelpers.ParseQuery(authorize.Query)["redirect_uri"].ToString());
        Assert.Equal(SignInSetup.OpenIdCallbackPath, redirectUri.AbsolutePath);
        var cookies = challenge.Headers.GetValues("Set-Cookie").ToList();
        Assert.Contains(cookies, c => c.StartsWith(".AspNetCore.Correlation.", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith(".AspNetCore.OpenIdConnect.Nonce.", StringComparison.Ordinal));
        Assert.All(cookies, c => Assert.Contains($"path={SignInSetup.OpenIdCallbackPath};", c, StringComparison.OrdinalIgnoreCase));
    }
}

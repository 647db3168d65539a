using System.Net;
using Verkostot.Testing.Tokens;
using Verkostot.Bot.Tests.Hosting;

namespace Verkostot.Bot.Tests.Administration;

/// <summary>
/// Teams single sign-on for the coordinator tab: the tab's token (authentication.getAuthToken) is validated by
/// Microsoft.Identity.Web against Entra metadata and keys served by the loopback OpenID server; only a token for
/// this app's resource, from an allowed tenant, signed by a published key, starts a session.
/// </summary>
public sealed class TeamsSsoTests : IAsyncLifetime
{
    private const string CoordinatorOid = "00000000-0000-0000-0000-0000000000020";
    private const string DeputyOid = "00000000-0000-0000-0000-0000000000022";

    private TeamsSignInHost _host = null!;

    public async Task InitializeAsync() => _host = await TeamsSignInHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task TeamsSignIn_TokenForThisAppsResource_StartsSessionThatOpensTheNetwork()
    {
        using var client = _host.CreateClient();

        using var signIn = await TeamsSignInHost.SignInAsync(client, Token());
        using var page = await client.GetAsync("/hallinta/pienet-kunnat");

        Assert.Equal(HttpStatusCode.NoContent, signIn.StatusCode);
        Assert.Contains(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("verkostot-hallinta=", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Pienten kuntien verkosto", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TeamsSignIn_V2TokenWithClientIdAudience_IsAccepted()
    {
        using var client = _host.CreateClient();

        using var signIn = await TeamsSignInHost.SignInAsync(client, Token(audience: TestTokens.AppId));

        Assert.Equal(HttpStatusCode.NoContent, signIn.StatusCode);
    }

    [Fact]
    public async Task TeamsSignIn_V1TokenAsTeamsIssuesByDefault_IsAccepted()
    {
        using var client = _host.CreateClient();

        using var signIn = await TeamsSignInHost.SignInAsync(client, Token(issuer: TestTokens.EntraV1Issuer(TestTokens.TenantId)));

        Assert.Equal(HttpStatusCode.NoContent, signIn.StatusCode);
    }

    public static TheoryData<string, string> ForgedTokens => new()
    {
        { "another app's resource", "audience" },
        { "expired an hour ago", "expired" },
        { "signed by a key nobody published", "impostor" },
        { "issued by another tenant than its tid", "issuer" },
        { "no scope or role", "noscope" },
        { "a Bot Connector token", "botframework" },
        { "payload changed after signing", "tampered" },
    };

    [Theory]
    [MemberData(nameof(ForgedTokens))]
    public async Task TeamsSignIn_BadToken_Is401WithoutSession(string because, string kind)
    {
        using var client = _host.CreateClient();
        var token = kind switch
        {
            "audience" => Token(audience: $"api://{TeamsSignInHost.PublicHost}/11111111-2222-4333-8444-555555555555"),
            "expired" => Token(expires: DateTimeOffset.UtcNow.AddHours(-1)),
            "impostor" => Token(key: _host.Key.Impostor()),
            "issuer" => Token(issuer: _host.Issuer(TestTokens.OtherTenantId)),
            "noscope" => Token(scope: null),
            "botframework" => TestTokens.Mint(_host.Key, DateTimeOffset.UtcNow),
            _ => TestTokens.Tampered(Token(oid: DeputyOid), "oid", CoordinatorOid),
        };

        using var signIn = await TeamsSignInHost.SignInAsync(client, token);
        using var page = await client.GetAsync("/hallinta/pienet-kunnat");

        Assert.True(signIn.StatusCode == HttpStatusCode.Unauthorized, $"{because}: {signIn.StatusCode}");
        Assert.False(signIn.Headers.Contains("Set-Cookie"), because);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
    }

    [Fact]
    public async Task TeamsSignIn_NoToken_Is401()
    {
        using var client = _host.CreateClient();

        using var signIn = await client.PostAsync("/hallinta/kirjaudu/teams", null);

        Assert.Equal(HttpStatusCode.Unauthorized, signIn.StatusCode);
    }

    [Fact]
    public async Task TeamsSignIn_TenantNotAllowed_Is403()
    {
        using var client = _host.CreateClient();
        var token = Token(issuer: _host.Issuer(TestTokens.OtherTenantId), tenant: TestTokens.OtherTenantId);

        using var signIn = await TeamsSignInHost.SignInAsync(client, token);

        Assert.Equal(HttpStatusCode.Forbidden, signIn.StatusCode);
        Assert.False(signIn.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task TeamsSignIn_MemberWhoCoordinatesNothing_SignsInButGets403()
    {
        using var client = _host.CreateClient();

        using var signIn = await TeamsSignInHost.SignInAsync(client, Token(oid: DeputyOid));
        using var page = await client.GetAsync("/hallinta/pienet-kunnat");

        Assert.Equal(HttpStatusCode.NoContent, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.DoesNotContain("Pienten kuntien", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TeamsSignIn_AdministratorAppRole_EditsEveryNetwork()
    {
        using var client = _host.CreateClient();

        using var signIn = await TeamsSignInHost.SignInAsync(client, Token(oid: DeputyOid, roles: ["Verkostot.Administrator"]));
        using var page = await client.GetAsync("/hallinta/suuret-kaupungit");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task TeamsSignIn_AdministratorByConfiguredObjectId_EditsEveryNetwork()
    {
        using var client = _host.CreateClient();

        using var signIn = await TeamsSignInHost.SignInAsync(client, Token(oid: TeamsSignInHost.AdministratorOid));
        using var page = await client.GetAsync("/hallinta/suuret-kaupungit");
        using var data = await client.GetAsync("/hallinta/tiedot");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, data.StatusCode);
    }

    private string Token(string? audience = null, string? issuer = null, string tenant = TestTokens.TenantId,
        string oid = CoordinatorOid, string? scope = "access_as_user", string[]? roles = null, DateTimeOffset? expires = null,
        TestTokensKey? key = null) =>
        _host.Token(new TabToken(oid) { Audience = audience, Issuer = issuer, Tenant = tenant, Scope = scope, Roles = roles, Expires = expires, Key = key });
}

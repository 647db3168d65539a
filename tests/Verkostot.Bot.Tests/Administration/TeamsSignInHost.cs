using System.Net.Http.Headers;
using Verkostot.Bot.Tests.Hosting;
using Verkostot.Testing.Tokens;

namespace Verkostot.Bot.Tests.Administration;

/// <summary>
/// A bot whose web app signs people in with Teams single sign-on against the loopback OpenID server, and mints the
/// tab's tokens (authentication.getAuthToken) for this app's resource.
/// </summary>
public sealed class TeamsSignInHost : IAsyncDisposable
{
    public const string PublicHost = "verkostot.example.org";
    public const string SignInPath = "/hallinta/kirjaudu/teams";
    public static readonly string Resource = $"api://{PublicHost}/{TestTokens.AppId}";

    private TeamsSignInHost(TestTokensKey key, FakeOpenIdServer openId, BotTestHost bot)
    {
        Key = key;
        OpenId = openId;
        Bot = bot;
    }

    public TestTokensKey Key { get; }

    public FakeOpenIdServer OpenId { get; }

    public BotTestHost Bot { get; }

    /// <summary>An administrator named by object id in the settings, who is no person of the data.</summary>
    public const string AdministratorOid = "ad000000-0000-4000-8000-00000000ad01";

    public static async Task<TeamsSignInHost> StartAsync()
    {
        var key = TestTokensKey.Generate("entra-key");
        var openId = await FakeOpenIdServer.StartAsync(key);
        var bot = await BotTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["AzureAd:Instance"] = openId.EntraInstance,
            ["AzureAd:TenantId"] = TestTokens.TenantId,
            ["AzureAd:ClientId"] = TestTokens.AppId,
            ["Hallinta:PublicHost"] = PublicHost,
            ["Verkostot:AllowedTenants:0"] = TestTokens.TenantId,
            ["Hallinta:Administrators:0"] = AdministratorOid,
        });
        return new TeamsSignInHost(key, openId, bot);
    }

    // Redirects are what the tests look at (to the sign-in page), so the client never follows them.
    public HttpClient CreateClient() => Bot.CreateClient(new() { AllowAutoRedirect = false });

    public string Issuer(string tenant) => $"{OpenId.EntraInstance}{tenant}/v2.0";

    public string Token(TabToken token)
    {
        var claims = new Dictionary<string, object>
        {
            ["tid"] = token.Tenant,
            ["oid"] = token.Oid,
            ["name"] = "Testi Henkilö",
            ["ver"] = "2.0",
        };
        if (token.Scope is not null)
        {
            claims["scp"] = token.Scope;
        }
        if (token.Roles is not null)
        {
            claims["roles"] = token.Roles;
        }
        return TestTokens.Mint(token.Key ?? Key, DateTimeOffset.UtcNow, new TestTokensSpec
        {
            Issuer = token.Issuer ?? Issuer(token.Tenant),
            Audience = token.Audience ?? Resource,
            ServiceUrl = null,
            NotBefore = token.Expires?.AddHours(-2),
            Expires = token.Expires,
            ExtraClaims = claims,
        });
    }

    public static Task<HttpResponseMessage> SignInAsync(HttpClient client, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, SignInPath);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client.SendAsync(request);
    }

    /// <summary>A client holding the session cookie of a successful sign-in as <paramref name="token"/>'s person.</summary>
    public async Task<HttpClient> SignedInClientAsync(TabToken token)
    {
        var client = CreateClient();
        using var response = await SignInAsync(client, Token(token));
        if (!response.IsSuccessStatusCode)
        {
            client.Dispose();
            throw new InvalidOperationException($"sign-in as {token.Oid} got {(int)response.StatusCode}; the bot logged:\n{Bot.Logs.Problems()}");
        }
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await Bot.DisposeAsync();
        await OpenId.DisposeAsync();
    }
}

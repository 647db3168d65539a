using Verkostot.Bot.Graph;
using Azure.Core;
using Azure.Identity;
using Verkostot.Bot.Configuration;
using Verkostot.Bot.Connector;
using Verkostot.Bot.Roster;
using Verkostot.Testing.Tokens;

namespace Verkostot.Bot.Tests.Connector;

/// <summary>
/// With AuthorityHost set (a national or closed cloud), the bot's tokens come from that host and no other: the token
/// library's instance discovery, which first asks login.microsoftonline.com, is off. Tested with a loopback token
/// endpoint and a transport that refuses every other host before any DNS lookup, so a test that regressed would fail
/// at once rather than hang.
/// </summary>
public sealed class AuthorityHostTests : IAsyncLifetime
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);
    private FakeEntraTokenEndpoint _entra = null!;
    private LoopbackOnlyTransport _transport = null!;

    public async Task InitializeAsync()
    {
        _entra = await FakeEntraTokenEndpoint.StartAsync();
        _transport = new LoopbackOnlyTransport(_entra.Certificate);
    }

    public async Task DisposeAsync()
    {
        _transport.Dispose();
        await _entra.DisposeAsync();
    }

    [Fact]
    public async Task BotCredential_AuthorityHostSet_TokenFromThatHostOnly()
    {
        var credential = BotCredentialFactory.Create(Bot(_entra.AuthorityHost), _transport.Transport);

        var token = await TokenAsync(credential, "https://api.botframework.com/.default");

        Assert.Equal(FakeEntraTokenEndpoint.AccessToken, token.Token);
        Assert.All(_transport.Hosts, host => Assert.Equal("127.0.0.1", host));
        Assert.Contains($"POST /{TestTokens.TenantId}/oauth2/v2.0/token", _entra.Requests);
    }

    [Fact]
    public async Task GraphCredential_BotsAuthorityHost_TokenFromThatHostOnly()
    {
        var credential = GraphCredentialFactory.Create(new GraphOptions(), Bot(_entra.AuthorityHost), _transport.Transport)!;

        var token = await TokenAsync(credential, "https://graph.microsoft.com/.default");

        Assert.Equal(FakeEntraTokenEndpoint.AccessToken, token.Token);
        Assert.All(_transport.Hosts, host => Assert.Equal("127.0.0.1", host));
    }

    [Fact]
    public async Task GraphCredential_OwnAuthorityHost_TokenFromThatHostOnly()
    {
        var graph = new GraphOptions { ClientId = "graph-app", ClientSecret = "graph-secret", AuthorityHost = _entra.AuthorityHost };
        var credential = GraphCredentialFactory.Create(graph, Bot(authorityHost: null), _transport.Transport)!;

        var token = await TokenAsync(credential, "https://graph.microsoft.com/.default");

        Assert.Equal(FakeEntraTokenEndpoint.AccessToken, token.Token);
        Assert.All(_transport.Hosts, host => Assert.Equal("127.0.0.1", host));
    }

    // What the bot did before: the same authority with discovery on asks login.microsoftonline.com first, and only
    // when that fails goes on to the configured host (where the host cannot be reached, after 16 s). This is what the
    // guarded transport catches, so the tests above would fail if discovery came back.
    [Fact]
    public async Task LibraryDefault_AuthorityHostWithDiscovery_AsksLoginMicrosoftOnlineFirst()
    {
        var credential = new ClientSecretCredential(TestTokens.TenantId, TestTokens.AppId, "secret",
            new ClientSecretCredentialOptions { AuthorityHost = new Uri(_entra.AuthorityHost), Transport = _transport.Transport });

        try
        {
            await TokenAsync(credential, "https://api.botframework.com/.default");
        }
        catch (AuthenticationFailedException)
        {
            // Either way: what matters is whom it asked.
        }

        Assert.Equal("login.microsoftonline.com", _transport.Hosts[0]);
    }

    /// <summary>A single-tenant bot with a client secret.</summary>
    private static BotOptions Bot(string? authorityHost) => new()
    {
        MicrosoftAppId = TestTokens.AppId,
        MicrosoftAppPassword = "secret",
        MicrosoftAppTenantId = TestTokens.TenantId,
        MicrosoftAppType = BotAppTypes.SingleTenant,
        AuthorityHost = authorityHost,
    };

    private static async Task<AccessToken> TokenAsync(TokenCredential credential, string scope)
    {
        using var cancel = new CancellationTokenSource(Limit);
        return await credential.GetTokenAsync(new TokenRequestContext([scope]), cancel.Token);
    }
}

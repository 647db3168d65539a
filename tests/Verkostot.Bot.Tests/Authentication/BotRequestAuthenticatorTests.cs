using Microsoft.IdentityModel.Tokens;
using Verkostot.Bot.Authentication;
using Verkostot.Testing.Time;
using Verkostot.Testing.Tokens;

namespace Verkostot.Bot.Tests.Authentication;

/// <summary>Connector-to-bot token validation in the default multi-tenant mode.</summary>
public sealed class BotRequestAuthenticatorTests(OpenIdServerFixture fixture)
    : IClassFixture<OpenIdServerFixture>, IDisposable
{
    private readonly ManualClock _clock = new();
    private AuthenticatorHost? _host;

    private AuthenticatorHost Host => _host ??= AuthenticatorHost.Create(fixture.Server.MetadataUrl, _clock);

    public void Dispose() => _host?.Dispose();

    [Fact]
    public async Task AuthenticateAsync_GenuineConnectorToken_AcceptedWithTokenClaims()
    {
        var outcome = await AuthenticateAsync(Bearer(Mint()));

        Assert.Equal(AuthenticationStatus.Accepted, outcome.Status);
        Assert.True(outcome.Identity!.IsAuthenticated);
        Assert.Equal(TestTokens.AppId, outcome.Identity.FindFirst("aud")?.Value);
        Assert.Equal(TestTokens.ServiceUrl, outcome.Identity.FindFirst("serviceurl")?.Value);
    }

    [Fact]
    public async Task AuthenticateAsync_ServiceUrlDiffersOnlyByTrailingSlashAndHostCase_Accepted()
    {
        var outcome = await AuthenticateAsync(Bearer(Mint()), serviceUrl: "https://SMBA.TrafficManager.net/emea");

        Assert.Equal(AuthenticationStatus.Accepted, outcome.Status);
    }

    [Fact]
    public async Task AuthenticateAsync_LowerCaseBearerScheme_Accepted()
    {
        var outcome = await AuthenticateAsync("bearer " + Mint());

        Assert.Equal(AuthenticationStatus.Accepted, outcome.Status);
    }

    [Fact]
    public async Task AuthenticateAsync_ExpiredWithinClockSkew_Accepted()
    {
        var token = Mint(new TestTokensSpec { NotBefore = _clock.GetUtcNow().AddHours(-1), Expires = _clock.GetUtcNow().AddMinutes(-4) });

        var outcome = await AuthenticateAsync(Bearer(token));

        Assert.Equal(AuthenticationStatus.Accepted, outcome.Status);
    }

    [Fact]
    public async Task AuthenticateAsync_NotYetValidWithinClockSkew_Accepted()
    {
        var token = Mint(new TestTokensSpec { NotBefore = _clock.GetUtcNow().AddMinutes(4) });

        var outcome = await AuthenticateAsync(Bearer(token));

        Assert.Equal(AuthenticationStatus.Accepted, outcome.Status);
    }

    [Fact]
    public async Task AuthenticateAsync_SigningKeyWithRs512_Accepted()
    {
        var outcome = await AuthenticateAsync(Bearer(Mint(new TestTokensSpec { Algorithm = SecurityAlgorithms.RsaSha512 })));

        Assert.Equal(AuthenticationStatus.Accepted, outcome.Status);
    }

    [Fact]
    public async Task AuthenticateAsync_MissingHeader_Unauthorized()
    {
        await AssertRejected(null, AuthenticationStatus.Unauthorized, RejectionReason.MissingToken);
    }

    [Fact]
    public async Task AuthenticateAsync_BearerWithoutToken_Unauthorized()
    {
        await AssertRejected("Bearer ", AuthenticationStatus.Unauthorized, RejectionReason.MissingToken);
    }

    [Fact]
    public async Task AuthenticateAsync_BasicScheme_Unauthorized()
    {
        await AssertRejected("Basic " + Convert.ToBase64String("bot:secret"u8.ToArray()),
            AuthenticationStatus.Unauthorized, RejectionReason.Scheme);
    }

    [Fact]
    public async Task AuthenticateAsync_GarbageToken_Unauthorized()
    {
        await AssertRejected("Bearer not.a-jwt.at-all!", AuthenticationStatus.Unauthorized, RejectionReason.Malformed);
    }

    [Fact]
    public async Task AuthenticateAsync_WrongIssuer_Unauthorized()
    {
        var token = Mint(new TestTokensSpec { Issuer = "https://api.botframework.com.attacker.example" });

        await AssertRejected(Bearer(token), AuthenticationStatus.Unauthorized, RejectionReason.Issuer);
    }

    [Fact]
    public async Task AuthenticateAsync_EntraIssuerInMultiTenantMode_Unauthorized()
    {
        var token = Mint(new TestTokensSpec { Issuer = TestTokens.EntraV1Issuer(TestTokens.TenantId) });

        await AssertRejected(Bearer(token), AuthenticationStatus.Unauthorized, RejectionReason.Issuer);
    }

    [Fact]
    public async Task AuthenticateAsync_WrongAudience_Unauthorized()
    {
        var token = Mint(new TestTokensSpec { Audience = "another-bot-app-id" });

        await AssertRejected(Bearer(token), AuthenticationStatus.Unauthorized, RejectionReason.Audience);
    }

    [Fact]
    public async Task AuthenticateAsync_SignedByUnpublishedKey_Unauthorized()
    {
        var token = TestTokens.Mint(TestTokensKey.Generate("never-published", "msteams"), _clock.GetUtcNow());

        await AssertRejected(Bearer(token), AuthenticationStatus.Unauthorized, RejectionReason.SigningKey);
    }

    [Fact]
    public async Task AuthenticateAsync_PublishedKidButDifferentPrivateKey_Unauthorized()
    {
        var token = TestTokens.Mint(fixture.TeamsKey.Impostor(), _clock.GetUtcNow());

        await AssertRejected(Bearer(token), AuthenticationStatus.Unauthorized, RejectionReason.Signature);
    }

    [Fact]
    public async Task AuthenticateAsync_AlgNone_Unauthorized()
    {
        var token = TestTokens.Unsigned(Mint(), fixture.TeamsKey.Kid);

        await AssertRejected(Bearer(token), AuthenticationStatus.Unauthorized, RejectionReason.Algorithm);
    }

    [Fact]
    public async Task AuthenticateAsync_Hs256SignedWithPublicKey_Unauthorized()
    {
        var token = TestTokens.HmacWithPublicKey(Mint(), fixture.TeamsKey);

        await AssertRejected(Bearer(token), AuthenticationStatus.Unauthorized, RejectionReason.Algorithm);
    }

    [Fact]
    public async Task AuthenticateAsync_100KbToken_UnauthorizedUnparsed()
    {
        var token = Mint(new TestTokensSpec { ExtraClaims = new Dictionary<string, object> { ["padding"] = new string('a', 100 * 1024) } });

        await AssertRejected(Bearer(token), AuthenticationStatus.Unauthorized, RejectionReason.TooLarge);
    }

    [Fact]
    public async Task AuthenticateAsync_GenuineTokenReplayedAfterExpiry_Unauthorized()
    {
        var token = Mint(new TestTokensSpec { Expires = _clock.GetUtcNow().AddMinutes(30) });
        Assert.Equal(AuthenticationStatus.Accepted, (await AuthenticateAsync(Bearer(token))).Status);
        _clock.Advance(TimeSpan.FromMinutes(36));

        await AssertRejected(Bearer(token), AuthenticationStatus.Unauthorized, RejectionReason.Lifetime);
    }

    [Fact]
    public async Task AuthenticateAsync_SameGenuineTokenAgain_AcceptedWithItsClaims()
    {
        var token = Mint();
        Assert.Equal(AuthenticationStatus.Accepted, (await AuthenticateAsync(Bearer(token))).Status);

        var again = await AuthenticateAsync(Bearer(token));

        Assert.Equal(AuthenticationStatus.Accepted, again.Status);
    }

    [Fact]
    public async Task AuthenticateAsync_AcceptedTokenAgainAfterItExpired_Unauthorized()
    {
        // Expired before the remembered validation's own limit: the token's lifetime decides.
        var token = Mint(new TestTokensSpec { Expires = _clock.GetUtcNow().AddMinutes(2) });
        Assert.Equal(AuthenticationStatus.Accepted, (await AuthenticateAsync(Bearer(token))).Status);
        _clock.Advance(TimeSpan.FromMinutes(8));

        await AssertRejected(Bearer(token), AuthenticationStatus.Unauthorized, RejectionReason.Lifetime);
    }

    [Fact]
    public async Task AuthenticateAsync_ExpiredBeyondClockSkew_Unauthorized()
    {
        var token = Mint(new TestTokensSpec { NotBefore = _clock.GetUtcNow().AddHours(-1), Expires = _clock.GetUtcNow().AddMinutes(-6) });

        await AssertRejected(Bearer(token), AuthenticationStatus.Unauthorized, RejectionReason.Lifetime);
    }

    [Fact]
    public async Task AuthenticateAsync_NotYetValidBeyondClockSkew_Unauthorized()
    {
        var token = Mint(new TestTokensSpec { NotBefore = _clock.GetUtcNow().AddMinutes(6) });

        await AssertRejected(Bearer(token), AuthenticationStatus.Unauthorized, RejectionReason.Lifetime);
    }

    [Fact]
    public async Task AuthenticateAsync_MissingKid_Unauthorized()
    {
        var token = Mint(new TestTokensSpec { WithKid = false });

        await AssertRejected(Bearer(token), AuthenticationStatus.Unauthorized, RejectionReason.SigningKey);
    }

    [Fact]
    public async Task AuthenticateAsync_TamperedPayload_Unauthorized()
    {
        var token = TestTokens.Tampered(Mint(), "serviceurl", "https://attacker.example/");

        await AssertRejected(Bearer(token), AuthenticationStatus.Unauthorized, RejectionReason.Signature,
            serviceUrl: "https://attacker.example/");
    }

    [Fact]
    public async Task AuthenticateAsync_KeyNotEndorsedForChannel_Forbidden()
    {
        var token = TestTokens.Mint(fixture.WebChatKey, _clock.GetUtcNow());

        await AssertRejected(Bearer(token), AuthenticationStatus.Forbidden, RejectionReason.Endorsement);
    }

    [Fact]
    public async Task AuthenticateAsync_ActivityWithoutChannelId_Forbidden()
    {
        await AssertRejected(Bearer(Mint()), AuthenticationStatus.Forbidden, RejectionReason.Endorsement, channelId: null);
    }

    [Fact]
    public async Task AuthenticateAsync_ServiceUrlClaimDiffersFromActivity_Forbidden()
    {
        await AssertRejected(Bearer(Mint()), AuthenticationStatus.Forbidden, RejectionReason.ServiceUrl,
            serviceUrl: "https://smba.trafficmanager.net/amer/");
    }

    [Fact]
    public async Task AuthenticateAsync_TokenWithoutServiceUrlClaim_Forbidden()
    {
        var token = Mint(new TestTokensSpec { ServiceUrl = null });

        await AssertRejected(Bearer(token), AuthenticationStatus.Forbidden, RejectionReason.ServiceUrl);
    }

    [Fact]
    public async Task AuthenticateAsync_Rejection_LogsReasonAtWarningWithoutToken()
    {
        var token = Mint(new TestTokensSpec { Audience = "another-bot-app-id" });

        await AuthenticateAsync(Bearer(token));

        var warning = Assert.Single(Host.Logs.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Warning);
        Assert.Contains(nameof(RejectionReason.Audience), warning.Message);
        Assert.DoesNotContain(token.Split('.')[1], warning.Message);
        Assert.DoesNotContain(token.Split('.')[2], warning.Message);
    }

    private string Mint(TestTokensSpec? spec = null) => TestTokens.Mint(fixture.TeamsKey, _clock.GetUtcNow(), spec);

    private static string Bearer(string token) => "Bearer " + token;

    private Task<AuthenticationOutcome> AuthenticateAsync(
        string? header, string? channelId = TestTokens.ChannelId, string? serviceUrl = TestTokens.ServiceUrl) =>
        Host.Authenticator.AuthenticateAsync(header, channelId, serviceUrl, CancellationToken.None);

    private async Task AssertRejected(
        string? header,
        AuthenticationStatus status,
        RejectionReason reason,
        string? channelId = TestTokens.ChannelId,
        string? serviceUrl = TestTokens.ServiceUrl)
    {
        var outcome = await AuthenticateAsync(header, channelId, serviceUrl);

        Assert.Equal(status, outcome.Status);
        // The log says which exception refused the token: the one clue when the reason is not the expected one.
        Assert.True(outcome.Reason == reason, $"{outcome.Reason} instead of {reason}: " + string.Join(" | ", Host.Logs.Entries.Select(e => e.Message)));
        Assert.Null(outcome.Identity);
    }
}

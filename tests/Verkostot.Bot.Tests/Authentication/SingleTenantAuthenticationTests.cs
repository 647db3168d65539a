using Verkostot.Bot.Authentication;
using Verkostot.Testing.Time;
using Verkostot.Testing.Tokens;

namespace Verkostot.Bot.Tests.Authentication;

/// <summary>With MicrosoftAppType=SingleTenant, the bot's own Entra tenant may issue tokens too — no other tenant.</summary>
public sealed class SingleTenantAuthenticationTests(OpenIdServerFixture fixture)
    : IClassFixture<OpenIdServerFixture>, IDisposable
{
    private readonly ManualClock _clock = new();
    private AuthenticatorHost? _host;

    private AuthenticatorHost Host => _host ??= AuthenticatorHost.Create(fixture.Server.MetadataUrl, _clock,
        new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppTenantId"] = TestTokens.TenantId.ToUpperInvariant(),
        });

    public void Dispose() => _host?.Dispose();

    [Fact]
    public async Task AuthenticateAsync_EntraV1TokenFromOwnTenant_Accepted()
    {
        var outcome = await AuthenticateAsync(new TestTokensSpec
        {
            Issuer = TestTokens.EntraV1Issuer(TestTokens.TenantId),
            ExtraClaims = new Dictionary<string, object> { ["tid"] = TestTokens.TenantId },
        });

        Assert.Equal(AuthenticationStatus.Accepted, outcome.Status);
    }

    [Fact]
    public async Task AuthenticateAsync_EntraV2TokenFromOwnTenant_Accepted()
    {
        var outcome = await AuthenticateAsync(new TestTokensSpec { Issuer = TestTokens.EntraV2Issuer(TestTokens.TenantId) });

        Assert.Equal(AuthenticationStatus.Accepted, outcome.Status);
    }

    [Fact]
    public async Task AuthenticateAsync_BotFrameworkToken_StillAccepted()
    {
        var outcome = await AuthenticateAsync(new TestTokensSpec());

        Assert.Equal(AuthenticationStatus.Accepted, outcome.Status);
    }

    [Fact]
    public async Task AuthenticateAsync_EntraTokenFromOtherTenant_Unauthorized()
    {
        var outcome = await AuthenticateAsync(new TestTokensSpec
        {
            Issuer = TestTokens.EntraV2Issuer(TestTokens.OtherTenantId),
            ExtraClaims = new Dictionary<string, object> { ["tid"] = TestTokens.OtherTenantId },
        });

        Assert.Equal(AuthenticationStatus.Unauthorized, outcome.Status);
        Assert.True(outcome.Reason == RejectionReason.Issuer, $"{outcome.Reason}: " + string.Join(" | ", Host.Logs.Entries.Select(e => e.Message)));
    }

    [Fact]
    public async Task AuthenticateAsync_OwnTenantIssuerButOtherTenantClaim_Unauthorized()
    {
        var outcome = await AuthenticateAsync(new TestTokensSpec
        {
            Issuer = TestTokens.EntraV1Issuer(TestTokens.TenantId),
            ExtraClaims = new Dictionary<string, object> { ["tid"] = TestTokens.OtherTenantId },
        });

        Assert.Equal(AuthenticationStatus.Unauthorized, outcome.Status);
        Assert.Equal(RejectionReason.Tenant, outcome.Reason);
    }

    private Task<AuthenticationOutcome> AuthenticateAsync(TestTokensSpec spec) =>
        Host.Authenticator.AuthenticateAsync(
            "Bearer " + TestTokens.Mint(fixture.TeamsKey, _clock.GetUtcNow(), spec),
            TestTokens.ChannelId, TestTokens.ServiceUrl, CancellationToken.None);
}

using Verkostot.Bot.Authentication;
using Verkostot.Testing.Time;
using Verkostot.Testing.Tokens;

namespace Verkostot.Bot.Tests.Authentication;

/// <summary>Signing keys are cached, and fetched again on rotation — but never more than the throttle allows.</summary>
public sealed class SigningKeyRefreshTests : IAsyncLifetime
{
    // Generating RSA keys is slow; these are immutable, so every test may share them.
    private static readonly TestTokensKey Original = TestTokensKey.Generate("original", "msteams");
    private static readonly TestTokensKey Rotated = TestTokensKey.Generate("rotated", "msteams");

    private readonly ManualClock clock = new();
    private FakeOpenIdServer server = null!;
    private AuthenticatorHost host = null!;

    public async Task InitializeAsync()
    {
        server = await FakeOpenIdServer.StartAsync(Original);
        host = AuthenticatorHost.Create(server.MetadataUrl, clock);
    }

    public async Task DisposeAsync()
    {
        host.Dispose();
        await server.DisposeAsync();
    }

    [Fact]
    public async Task AuthenticateAsync_SecondRequest_UsesCachedKeys()
    {
        await AuthenticateAsync(Original);
        var second = await AuthenticateAsync(Original);

        Assert.Equal(AuthenticationStatus.Accepted, second.Status);
        Assert.Equal(1, server.KeySetRequests);
    }

    [Fact]
    public async Task AuthenticateAsync_CachedKeysOlderThanLifetime_FetchedAgain()
    {
        await AuthenticateAsync(Original);
        clock.Advance(TimeSpan.FromHours(25));

        var outcome = await AuthenticateAsync(Original);

        Assert.Equal(AuthenticationStatus.Accepted, outcome.Status);
        Assert.Equal(2, server.KeySetRequests);
    }

    [Fact]
    public async Task AuthenticateAsync_UnknownKidAfterMinimumInterval_RefreshesOnceAndAcceptsRotatedKey()
    {
        await AuthenticateAsync(Original);
        server.Publish(Original, Rotated);
        clock.Advance(TimeSpan.FromMinutes(6));

        var first = await AuthenticateAsync(Rotated);
        var second = await AuthenticateAsync(Rotated);

        Assert.Equal(AuthenticationStatus.Accepted, first.Status);
        Assert.Equal(AuthenticationStatus.Accepted, second.Status);
        Assert.Equal(2, server.KeySetRequests);
    }

    [Fact]
    public async Task AuthenticateAsync_UnknownKidWithinMinimumInterval_NotRefreshed()
    {
        await AuthenticateAsync(Original);
        server.Publish(Original, Rotated);
        clock.Advance(TimeSpan.FromMinutes(4));

        var outcome = await AuthenticateAsync(Rotated);

        Assert.Equal(RejectionReason.SigningKey, outcome.Reason);
        Assert.Equal(1, server.KeySetRequests);
    }

    [Fact]
    public async Task AuthenticateAsync_ManyUnknownKids_RefreshThrottledToOnePerInterval()
    {
        await AuthenticateAsync(Original);
        clock.Advance(TimeSpan.FromMinutes(6));

        for (var i = 0; i < 5; i++)
        {
            await AuthenticateAsync(Rotated.Renamed($"forged-{i}"));
        }

        Assert.Equal(2, server.KeySetRequests);
    }

    [Fact]
    public async Task AuthenticateAsync_ConfiguredShorterInterval_RefreshesSooner()
    {
        using var quick = AuthenticatorHost.Create(server.MetadataUrl, clock,
            new Dictionary<string, string?> { ["BotAuthentication:MinimumKeyRefreshInterval"] = "00:00:30" });
        await AuthenticateAsync(Original, quick);
        server.Publish(Original, Rotated);
        clock.Advance(TimeSpan.FromSeconds(31));

        var outcome = await AuthenticateAsync(Rotated, quick);

        Assert.Equal(AuthenticationStatus.Accepted, outcome.Status);
    }

    [Fact]
    public async Task AuthenticateAsync_MetadataUnreachable_UnauthorizedKeysUnavailable()
    {
        var gone = await FakeOpenIdServer.StartAsync(Original);
        var unreachableUrl = gone.MetadataUrl;
        await gone.DisposeAsync();
        using var offline = AuthenticatorHost.Create(unreachableUrl, clock);

        var outcome = await AuthenticateAsync(Original, offline);

        Assert.Equal(AuthenticationStatus.Unauthorized, outcome.Status);
        Assert.Equal(RejectionReason.KeysUnavailable, outcome.Reason);
    }

    private Task<AuthenticationOutcome> AuthenticateAsync(TestTokensKey key, AuthenticatorHost? on = null) =>
        (on ?? host).Authenticator.AuthenticateAsync(
            "Bearer " + TestTokens.Mint(key, clock.GetUtcNow()),
            TestTokens.ChannelId, TestTokens.ServiceUrl, CancellationToken.None);
}

using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Verkostot.Bot.Authentication;
using Verkostot.Testing.Time;
using Verkostot.Testing.Tokens;

namespace Verkostot.Bot.Tests.Authentication;

/// <summary>
/// Signing keys are cached, and fetched again on rotation — but never more than the throttle allows. The cache is
/// IdentityModel's ConfigurationManager, which reads the system clock, so intervals here are real time.
/// </summary>
public sealed class SigningKeyRefreshTests : IAsyncLifetime
{
    // Generating RSA keys is slow; these are immutable, so every test may share them.
    private static readonly TestTokensKey Original = TestTokensKey.Generate("original", "msteams");
    private static readonly TestTokensKey Rotated = TestTokensKey.Generate("rotated", "msteams");
    private static readonly TestTokensKey RotatedAgain = Rotated.Renamed("rotated-again");

    private readonly ManualClock _clock = new();
    private FakeOpenIdServer _server = null!;
    private AuthenticatorHost _host = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeOpenIdServer.StartAsync(Original);
        _host = AuthenticatorHost.Create(_server.MetadataUrl, _clock);
    }

    public async Task DisposeAsync()
    {
        _host.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task AuthenticateAsync_SecondRequest_UsesCachedKeys()
    {
        await AuthenticateAsync(Original);
        var second = await AuthenticateAsync(Original);

        Assert.Equal(AuthenticationStatus.Accepted, second.Status);
        Assert.Equal(1, _server.KeySetRequests);
    }

    [Fact]
    public void Metadata_ConfiguredLifetimeAndInterval_GovernTheKeyCache()
    {
        using var tuned = AuthenticatorHost.Create(_server.MetadataUrl, _clock, new Dictionary<string, string?>
        {
            ["BotAuthentication:KeyCacheLifetime"] = "06:00:00",
            ["BotAuthentication:MinimumKeyRefreshInterval"] = "00:00:30",
        });

        var manager = tuned.Services.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>()
            .Get(BotConnectorAuthentication.Scheme).ConfigurationManager as Microsoft.IdentityModel.Tokens.BaseConfigurationManager;

        Assert.NotNull(manager);
        Assert.Equal(_server.MetadataUrl, manager.MetadataAddress);
        Assert.Equal(TimeSpan.FromHours(6), manager.AutomaticRefreshInterval);
        Assert.Equal(TimeSpan.FromSeconds(30), manager.RefreshInterval);
    }

    [Fact]
    public void Process_IdentityModelRefreshesWhileTheRequestWaits() =>
        // Directory.Build.props sets it for every process; without it a rotated key's first activity is refused.
        Assert.True(AppContext.TryGetSwitch("Switch.Microsoft.IdentityModel.UpdateConfigAsBlocking", out var on) && on);

    [Fact]
    public async Task AuthenticateAsync_UnknownKid_RefreshesOnceAndAcceptsRotatedKey()
    {
        await AuthenticateAsync(Original);
        _server.Publish(Original, Rotated);

        var first = await AuthenticateAsync(Rotated);
        var second = await AuthenticateAsync(Rotated);

        Assert.Equal(AuthenticationStatus.Accepted, first.Status);
        Assert.Equal(AuthenticationStatus.Accepted, second.Status);
        Assert.Equal(2, _server.KeySetRequests);
    }

    [Fact]
    public async Task AuthenticateAsync_SecondRotationWithinMinimumInterval_NotRefreshed()
    {
        await AuthenticateAsync(Original);
        _server.Publish(Original, Rotated);
        await AuthenticateAsync(Rotated);
        _server.Publish(Original, Rotated, RotatedAgain);

        var outcome = await AuthenticateAsync(RotatedAgain);

        Assert.Equal(RejectionReason.SigningKey, outcome.Reason);
        Assert.Equal(2, _server.KeySetRequests);
    }

    [Fact]
    public async Task AuthenticateAsync_ManyUnknownKids_RefreshThrottledToOnePerInterval()
    {
        await AuthenticateAsync(Original);

        for (var i = 0; i < 5; i++)
        {
            await AuthenticateAsync(Rotated.Renamed($"forged-{i}"));
        }

        Assert.Equal(2, _server.KeySetRequests);
    }

    [Fact]
    public async Task AuthenticateAsync_ConfiguredShorterInterval_RefreshesSooner()
    {
        using var quick = AuthenticatorHost.Create(_server.MetadataUrl, _clock,
            new Dictionary<string, string?> { ["BotAuthentication:MinimumKeyRefreshInterval"] = "00:00:01" });
        await AuthenticateAsync(Original, quick);
        _server.Publish(Original, Rotated);
        await AuthenticateAsync(Rotated, quick);
        _server.Publish(Original, Rotated, RotatedAgain);
        await Task.Delay(TimeSpan.FromSeconds(1.2));

        var outcome = await AuthenticateAsync(RotatedAgain, quick);

        Assert.Equal(AuthenticationStatus.Accepted, outcome.Status);
    }

    [Fact]
    public async Task AuthenticateAsync_MetadataUnreachable_UnauthorizedKeysUnavailable()
    {
        var gone = await FakeOpenIdServer.StartAsync(Original);
        var unreachableUrl = gone.MetadataUrl;
        await gone.DisposeAsync();
        using var offline = AuthenticatorHost.Create(unreachableUrl, _clock);

        var outcome = await AuthenticateAsync(Original, offline);

        Assert.Equal(AuthenticationStatus.Unauthorized, outcome.Status);
        Assert.Equal(RejectionReason.KeysUnavailable, outcome.Reason);
    }

    private Task<AuthenticationOutcome> AuthenticateAsync(TestTokensKey key, AuthenticatorHost? on = null) =>
        (on ?? _host).Authenticator.AuthenticateAsync(
            "Bearer " + TestTokens.Mint(key, _clock.GetUtcNow()),
            TestTokens.ChannelId, TestTokens.ServiceUrl, CancellationToken.None);
}

using Verkostot.Bot.Connector;
using Verkostot.Testing.Time;

namespace Verkostot.Bot.Tests.Connector;

public sealed class CredentialTokenProviderTests
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 12, 8, 7, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task GetTokenAsync_AsksForTheBotFrameworkScope()
    {
        var credential = new FakeTokenCredential(_clock);
        using var provider = new CredentialTokenProvider(credential, _clock);

        await provider.GetTokenAsync(CancellationToken.None);

        Assert.Equal(["https://api.botframework.com/.default"], Assert.Single(credential.Scopes));
    }

    [Fact]
    public async Task GetTokenAsync_FreshToken_IsServedFromCache()
    {
        var credential = new FakeTokenCredential(_clock);
        using var provider = new CredentialTokenProvider(credential, _clock);

        var first = await provider.GetTokenAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(50));
        var second = await provider.GetTokenAsync(CancellationToken.None);

        Assert.Equal(("token-1", "token-1", 1), (first, second, credential.Issued));
    }

    [Fact]
    public async Task GetTokenAsync_WithinFiveMinutesOfExpiry_FetchesANewToken()
    {
        var credential = new FakeTokenCredential(_clock);
        using var provider = new CredentialTokenProvider(credential, _clock);

        await provider.GetTokenAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(55));
        var refreshed = await provider.GetTokenAsync(CancellationToken.None);

        Assert.Equal(("token-2", 2), (refreshed, credential.Issued));
    }

    [Fact]
    public async Task GetTokenAsync_ManyCallersAtOnce_FetchOneToken()
    {
        var credential = new FakeTokenCredential(_clock) { Latency = TimeSpan.FromMilliseconds(100) };
        using var provider = new CredentialTokenProvider(credential, _clock);

        var tokens = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => provider.GetTokenAsync(CancellationToken.None).AsTask()));

        Assert.All(tokens, t => Assert.Equal("token-1", t));
        Assert.Equal(1, credential.Issued);
    }
}

using Azure.Core;

namespace Verkostot.Bot.Tests.Connector;

/// <summary>Hands out numbered tokens valid for <see cref="Lifetime"/> from the given clock, counting requests.</summary>
internal sealed class FakeTokenCredential(TimeProvider clock) : TokenCredential
{
    private int _issued;

    public TimeSpan Lifetime { get; init; } = TimeSpan.FromHours(1);
    public TimeSpan Latency { get; init; } = TimeSpan.Zero;
    public int Issued => _issued;
    public List<string[]> Scopes { get; } = [];

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        GetTokenAsync(requestContext, cancellationToken).AsTask().GetAwaiter().GetResult();

    public override async ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        if (Latency > TimeSpan.Zero)
        {
            await Task.Delay(Latency, cancellationToken);
        }

        lock (Scopes)
        {
            Scopes.Add(requestContext.Scopes);
        }

        var n = Interlocked.Increment(ref _issued);
        return new AccessToken($"token-{n}", clock.GetUtcNow() + Lifetime);
    }
}

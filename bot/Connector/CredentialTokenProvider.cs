using Azure.Core;

namespace Verkostot.Bot.Connector;

/// <summary>
/// Client-credentials token for the Bot Connector, kept until shortly before it expires so that a burst of sends
/// (an announcement fan-out) costs one token request, and refreshed by one caller at a time.
/// </summary>
internal sealed class CredentialTokenProvider(TokenCredential credential, TimeProvider timeProvider) : IBotTokenProvider, IDisposable
{
    public const string Scope = "https://api.botframework.com/.default";

    /// <summary>A token this close to expiry is replaced, so none expires in flight or during retries.</summary>
    public static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private static readonly TokenRequestContext Request = new([Scope]);
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private AccessToken? _cached;

    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (Fresh(_cached) is { } token)
        {
            return token;
        }

        await _refresh.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Fresh(_cached) is { } refreshedMeanwhile)
            {
                return refreshedMeanwhile;
            }

            var fetched = await credential.GetTokenAsync(Request, cancellationToken).ConfigureAwait(false);
            _cached = fetched;
            return fetched.Token;
        }
        finally
        {
            _refresh.Release();
        }
    }

    private string? Fresh(AccessToken? token) =>
        token is { } t && t.ExpiresOn - RefreshMargin > timeProvider.GetUtcNow() ? t.Token : null;

    public void Dispose() => _refresh.Dispose();
}

using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Verkostot.Bot.Authentication;

/// <summary>
/// Keeps the Bot Connector's signing keys between requests. Keys are fetched again when they grow old,
/// or when a token names an unknown <c>kid</c> (the keys were rotated) — the latter at most once per
/// <see cref="BotAuthenticationOptions.MinimumKeyRefreshInterval"/>.
/// </summary>
internal sealed class SigningKeyCache(
    SigningKeyDownloader downloader,
    IOptions<BotAuthenticationOptions> options,
    TimeProvider time,
    ILogger<SigningKeyCache> logger)
{
    private static readonly TimeSpan NoKeysRetryInterval = TimeSpan.FromSeconds(10);

    private readonly SemaphoreSlim gate = new(1, 1);
    private SigningKeySet current = SigningKeySet.Empty;
    private DateTimeOffset fetchedAt = DateTimeOffset.MinValue;
    private DateTimeOffset lastAttemptAt = DateTimeOffset.MinValue;

    public bool HasKeys => Volatile.Read(ref current).Count > 0;

    public async Task<EndorsedSigningKey?> FindAsync(string kid, CancellationToken ct)
    {
        var keys = IsFresh() ? Volatile.Read(ref current) : await RefreshAsync(RefreshCause.Expired, ct);
        return keys.Find(kid) ?? (await RefreshAsync(RefreshCause.UnknownKey, ct)).Find(kid);
    }

    private bool IsFresh() =>
        HasKeys && time.GetUtcNow() - fetchedAt < options.Value.KeyCacheLifetime;

    private async Task<SigningKeySet> RefreshAsync(RefreshCause cause, CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            if (!ShouldFetch(cause))
            {
                return current;
            }

            lastAttemptAt = time.GetUtcNow();
            try
            {
                var keys = await downloader.DownloadAsync(ct);
                Volatile.Write(ref current, keys);
                fetchedAt = lastAttemptAt;
                AuthenticationLog.SigningKeysFetched(logger, keys.Count, cause);
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                // Stale keys are better than none: keep what we had.
                AuthenticationLog.SigningKeyFetchFailed(logger, e);
            }

            return current;
        }
        finally
        {
            gate.Release();
        }
    }

    private bool ShouldFetch(RefreshCause cause)
    {
        // Another caller may have refreshed while this one waited for the gate.
        var needed = cause == RefreshCause.UnknownKey || !IsFresh();
        return needed && time.GetUtcNow() - lastAttemptAt >= RetryInterval();
    }

    // With no keys at all nothing can be accepted, so a failed first fetch is retried sooner.
    private TimeSpan RetryInterval()
    {
        var minimum = options.Value.MinimumKeyRefreshInterval;
        return HasKeys || minimum < NoKeysRetryInterval ? minimum : NoKeysRetryInterval;
    }
}

internal enum RefreshCause
{
    Expired,
    UnknownKey,
}

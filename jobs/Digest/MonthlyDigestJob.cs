using Verkostot.Core.Digest;

namespace Verkostot.Jobs.Digest;

/// <summary>
/// Weekdays at 8.00 Helsinki time; the digest itself decides whether today is the month's first weekday (or the
/// catch-up day after a missed one) and posts each network's digest once.
/// </summary>
public sealed class MonthlyDigestJob(MonthlyDigest digest)
{
    public const string Id = "monthly-digest";
    public const string Cron = "0 8 * * 1-5";

    public Task RunAsync(CancellationToken cancellationToken) => digest.RunAsync(cancellationToken);
}

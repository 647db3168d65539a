using Hangfire;
using Verkostot.Core.Privacy;

namespace Verkostot.Jobs.Privacy;

/// <summary>The nightly retention sweep: removes personal data older than <see cref="RetentionOptions"/> allows.</summary>
public sealed class RetentionJob(RetentionSweep sweep)
{
    public const string Id = "privacy-retention";
    /// <summary>Every night at 3.30 (Helsinki time, set by the registration), after the roster sync has marked who left.</summary>
    public const string Cron = "30 3 * * *";

    /// <summary>Safe to retry: the sweep deletes by age only.</summary>
    [AutomaticRetry(Attempts = 2)]
    public Task RunAsync(CancellationToken cancellationToken) => sweep.RunAsync(cancellationToken);
}

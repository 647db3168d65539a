using Hangfire;
using Microsoft.Extensions.Logging;
using Verkostot.Core.Roster;

namespace Verkostot.Jobs.Roster;

/// <summary>
/// Roster sync as Hangfire jobs: nightly, one job per network with a group id. Overlap is prevented by the sync's
/// lease row in the database (across instances and the chat command); failures are recorded by the sync and never
/// rethrown, so Hangfire does not retry in a loop — the next night's run (or a coordinator's command) tries again.
/// </summary>
public sealed partial class RosterSyncJob(RosterSync sync, IBackgroundJobClient jobs, ILogger<RosterSyncJob> logger)
{
    public const string Id = "roster-sync-nightly";
    /// <summary>Every night at 2.00 (Helsinki time, set by the registration).</summary>
    public const string Cron = "0 2 * * *";

    /// <summary>Queues one sync per network that names a group, so that networks sync in parallel and fail apart.</summary>
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAllAsync(CancellationToken cancellationToken)
    {
        foreach (var networkId in await sync.NetworksWithGroupAsync(cancellationToken))
        {
            jobs.Enqueue<RosterSyncJob>(job => job.RunAsync(networkId, CancellationToken.None));
        }
    }

    [AutomaticRetry(Attempts = 0)]
    public async Task<RosterSyncStatus> RunAsync(string networkId, CancellationToken cancellationToken)
    {
        var outcome = await sync.SyncAsync(networkId, cancellationToken);
        Ran(logger, networkId, outcome.Status);
        return outcome.Status;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Roster sync job for {NetworkId}: {Status}")]
    private static partial void Ran(ILogger logger, string networkId, RosterSyncStatus status);
}

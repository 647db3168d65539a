using Hangfire;
using Verkostot.Core.Announcements;

namespace Verkostot.Jobs.Announcements;

/// <summary>
/// The Hangfire entry points of the fan-out. Each is safe to run twice or concurrently: starting is a
/// conditional state change, sending is claim-then-record per row.
/// </summary>
public sealed class AnnouncementJobs(AnnouncementStarter starter, AnnouncementSender sender, DeliveryLedger ledger, IBackgroundJobClient jobs)
{
    public const string SweepJobId = "announcements-sweep";

    /// <summary>Starts an announcement whose time has come and sends it.</summary>
    [AutomaticRetry(Attempts = 3)]
    public async Task StartAsync(Guid id, CancellationToken cancellationToken)
    {
        await starter.StartAsync(id, cancellationToken);
        await sender.SendAsync(id, cancellationToken);
    }

    /// <summary>Continues sending (after a restart, or when another worker let go).</summary>
    [AutomaticRetry(Attempts = 3)]
    public Task SendAsync(Guid id, CancellationToken cancellationToken) => sender.SendAsync(id, cancellationToken);

    /// <summary>
    /// Every minute: starts due announcements and resumes unfinished ones, so nothing depends on a queue entry
    /// surviving a restart (Hangfire's in-memory storage does not).
    /// </summary>
    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 10)]
    public async Task SweepAsync(CancellationToken cancellationToken)
    {
        foreach (var id in await ledger.DueAsync(cancellationToken))
        {
            jobs.Enqueue<AnnouncementJobs>(j => j.StartAsync(id, CancellationToken.None));
        }
        foreach (var id in await ledger.UnfinishedAsync(cancellationToken))
        {
            jobs.Enqueue<AnnouncementJobs>(j => j.SendAsync(id, CancellationToken.None));
        }
    }
}

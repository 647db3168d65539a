namespace Verkostot.Core.Announcements;

/// <summary>
/// Every minute: starts due announcements and resumes unfinished ones through the dispatcher, so that nothing
/// depends on a queue entry surviving a restart. Starting and sending are safe to run twice, so a sweep that
/// overlaps a queued job does no harm.
/// </summary>
public sealed class AnnouncementSweep(DeliveryLedger ledger, IAnnouncementDispatcher dispatcher)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        foreach (var id in await ledger.DueAsync(cancellationToken))
        {
            dispatcher.Start(id);
        }
        foreach (var id in await ledger.UnfinishedAsync(cancellationToken))
        {
            dispatcher.Resume(id);
        }
    }
}

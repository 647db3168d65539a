using Hangfire;
using Verkostot.Core.Announcements;

namespace Verkostot.Jobs.Announcements;

/// <summary>
/// Enqueued when an announcement is confirmed (scheduled for its time) or found due by the sweep: starts it and
/// sends it. Safe to run twice or at once: starting is a conditional state change, sending is claim-then-record.
/// </summary>
public sealed class AnnouncementStartJob(AnnouncementStarter starter, AnnouncementSender sender)
{
    [AutomaticRetry(Attempts = 3)]
    public async Task RunAsync(Guid id, CancellationToken cancellationToken)
    {
        await starter.StartAsync(id, cancellationToken);
        await sender.SendAsync(id, cancellationToken);
    }
}

using Hangfire;
using Verkostot.Core.Announcements;

namespace Verkostot.Jobs.Announcements;

/// <summary>Continues sending an announcement (after a restart, or when another worker let go).</summary>
public sealed class AnnouncementSendJob(AnnouncementSender sender)
{
    [AutomaticRetry(Attempts = 3)]
    public Task RunAsync(Guid id, CancellationToken cancellationToken) => sender.SendAsync(id, cancellationToken);
}

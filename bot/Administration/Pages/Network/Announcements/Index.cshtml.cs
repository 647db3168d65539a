using Verkostot.Core.Announcements;

namespace Verkostot.Bot.Administration.Pages.Network.Announcements;

/// <summary>/hallinta/{network}/tiedotteet: drafts, scheduled, being sent and sent, each with its report line.</summary>
public sealed class IndexModel(AnnouncementListQuery list, DeliveryLedger ledger) : NetworkPageModel
{
    private const int Shown = 50;

    public IReadOnlyList<(Announcement Announcement, DeliveryReport? Report)> Announcements { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var rows = new List<(Announcement, DeliveryReport?)>();
        foreach (var announcement in await list.ForNetworkAsync(Network.Id, Shown, cancellationToken))
        {
            var started = announcement.State is AnnouncementState.Sending or AnnouncementState.Sent or AnnouncementState.Stopped;
            rows.Add((announcement, started ? await ledger.ReportAsync(announcement.Id, cancellationToken) : null));
        }
        Announcements = rows;
    }
}

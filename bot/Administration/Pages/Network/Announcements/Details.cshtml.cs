using Microsoft.AspNetCore.Mvc;
using Verkostot.Bot.Announcements;
using Verkostot.Core.Announcements;

namespace Verkostot.Bot.Administration.Pages.Network.Announcements;

/// <summary>
/// /hallinta/{network}/tiedotteet/{id}: one announcement with its live report (refreshed while it is being sent),
/// the failures with their reasons, and the delivery CSV.
/// </summary>
public sealed class DetailsModel(AnnouncementStore store, DeliveryLedger ledger) : NetworkPageModel
{
    public Announcement Announcement { get; private set; } = null!;
    public DeliveryReport Report { get; private set; } = DeliveryReport.Empty;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    /// <summary>Just the report, for the page's refresh while sending.</summary>
    public async Task<IActionResult> OnGetReportAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Partial("_Report", this) : NotFound();

    public async Task<IActionResult> OnGetCsvAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken)
            ? File(DeliveryCsv.Write(await ledger.RowsAsync(id, cancellationToken)), "text/csv; charset=utf-8", $"tiedote-{id:N}.csv")
            : NotFound();

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        // Another network's announcement is as unknown here as a missing one.
        if (await store.GetAsync(id, cancellationToken) is not { } announcement || announcement.NetworkId != Network.Id)
        {
            return false;
        }
        Announcement = announcement;
        Report = await ledger.ReportAsync(id, cancellationToken);
        return true;
    }
}

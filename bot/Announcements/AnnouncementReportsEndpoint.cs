using Verkostot.Core.Announcements;

namespace Verkostot.Bot.Announcements;

public static class AnnouncementReportsEndpoint
{
    /// <summary>
    /// GET /announcements/{id}/report.csv?expires=…&amp;sig=…: the delivery report as CSV. Only a valid, unexpired
    /// signed link opens it (the link is shown only on the author's report card); anything else is 404, revealing
    /// nothing about whether the announcement exists.
    /// </summary>
    public static IEndpointRouteBuilder MapAnnouncementReports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/announcements/{id:guid}/report.csv", async (Guid id, string? expires, string? sig,
            ReportLinks links, AnnouncementStore store, DeliveryLedger ledger, CancellationToken cancellationToken) =>
        {
            if (!links.IsValid(id, expires, sig) || await store.GetAsync(id, cancellationToken) is null)
            {
                return Results.NotFound();
            }
            var rows = await ledger.RowsAsync(id, cancellationToken);
            return Results.File(DeliveryCsv.Write(rows), "text/csv; charset=utf-8", $"tiedote-{id:N}.csv");
        }).ExcludeFromDescription();
        return endpoints;
    }
}

using Microsoft.EntityFrameworkCore;
using Verkostot.Core.Catalog;
using Verkostot.Core.Storage;

namespace Verkostot.Core.Reminders;

/// <summary>
/// One pass of the reminder machinery, run every few minutes by the recurring job on any number of instances:
/// settle abandoned claims, plan, send what is due, then tell coordinators whom it did not reach.
/// </summary>
public sealed class ReminderSweep(
    IDbContextFactory<VerkostotDbContext> contexts,
    ICatalogSource catalogs,
    ReminderPlanner planner,
    UndeliveredReportPlanner reports,
    ReminderDelivery delivery)
{
    public async Task<SweepResult> RunAsync(CancellationToken cancellationToken)
    {
        var inDoubt = await delivery.ExpireLeasesAsync(cancellationToken);
        var catalog = await catalogs.GetAsync(cancellationToken);
        int planned;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            planned = await planner.PlanAsync(db, catalog, cancellationToken);
        }
        var counts = await delivery.DeliverDueAsync(cancellationToken);
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            if (await reports.PlanAsync(db, catalog, cancellationToken) > 0)
            {
                counts += await delivery.DeliverDueAsync(cancellationToken);
            }
        }
        return new SweepResult(planned, inDoubt, counts);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Verkostot.Core.Catalog;
using Verkostot.Core.Domain;
using Verkostot.Core.Localization;
using Verkostot.Core.Messaging;
using Verkostot.Core.Outbox;
using Verkostot.Core.Storage;
using Verkostot.Core.Time;

namespace Verkostot.Core.Questions.Unanswered;

/// <summary>
/// Daily: forgets unanswered questions older than 90 days; in the first week of a month, plans for each coordinator
/// of each network a card of last month's unanswered questions (once per network, month and coordinator, whatever runs
/// where) and sends the planned cards through the delivery outbox, each at most once.
/// </summary>
public sealed partial class UnansweredReport(
    IDbContextFactory<VerkostotDbContext> contexts,
    ICatalogSource catalogs,
    IMessenger messenger,
    RecipientLanguage recipientLanguage,
    DeliveryOutbox outbox,
    UnansweredQuestionLog log,
    TimeProvider time,
    ILogger<UnansweredReport> logger)
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        await log.PurgeAsync(cancellationToken);
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            await outbox.ExpireLeasesAsync(db.Set<UnansweredReportMessage>(), "sender stopped after claiming", cancellationToken);
        }

        var today = HelsinkiTime.Today(time);
        if (today.Day <= 7)
        {
            await PlanAsync(today.AddMonths(-1), cancellationToken);
        }

        return await DeliverDueAsync(cancellationToken);
    }

    /// <summary>The notice for a network's questions of a month, as it is now (after marks): for the card and its buttons.</summary>
    public async Task<UnansweredQuestionsNotice?> NoticeAsync(string networkId, string month, Language language, CancellationToken cancellationToken)
    {
        var catalog = await catalogs.GetAsync(cancellationToken);
        if (!catalog.NetworksById.TryGetValue(networkId, out var network) || !TryParseMonth(month, out var first))
        {
            return null;
        }

        var items = await QuestionsAsync(networkId, first, cancellationToken);
        return new UnansweredQuestionsNotice(language, network.Id, network.Name.In(language), month,
            HelsinkiDateFormat.InMonth(first.Year, first.Month, language), [.. items.Take(UnansweredQuestionsNotice.MaxShown)], items.Count);
    }

    private async Task PlanAsync(DateOnly inMonth, CancellationToken cancellationToken)
    {
        var first = new DateOnly(inMonth.Year, inMonth.Month, 1);
        var month = $"{first:yyyy-MM}";
        var catalog = await catalogs.GetAsync(cancellationToken);
        var today = HelsinkiTime.Today(time);
        foreach (var network in catalog.Networks)
        {
            var coordinators = catalog.RolesOn(network.Id, today)
                .Where(r => r.Role == Role.Coordinator && r.BodyId is null)
                .Select(r => r.PersonId).Distinct().ToList();
            if (coordinators.Count == 0 || !(await QuestionsAsync(network.Id, first, cancellationToken)).Any(q => q.Status == UnansweredStatus.Open))
            {
                continue;
            }

            foreach (var person in coordinators)
            {
                await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                db.Add(new UnansweredReportMessage { PersonId = person, ReportNetworkId = network.Id, ReportMonth = month, DueAt = time.GetUtcNow() });
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                }
                catch (DbUpdateException)
                {
                    // Planned already, by an earlier run or another instance.
                }
            }
        }
    }

    private async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var due = await outbox.Due(db.Set<UnansweredReportMessage>().AsNoTracking()).OrderBy(m => m.Id).Select(m => m.Id).Take(100).ToListAsync(cancellationToken);
        var rows = await outbox.ClaimAsync(db.Set<UnansweredReportMessage>(), due, Lease, cancellationToken);
        var catalog = await catalogs.GetAsync(cancellationToken);
        var settled = new List<(OutboxMessage, OutboxOutcome)>();
        foreach (var row in rows)
        {
            settled.Add((row, await SendAsync(row, catalog, cancellationToken)));
        }

        await outbox.SettleAsync(db, settled, cancellationToken);
        return settled.Count(s => s.Item2.State == OutboxState.Sent);
    }

    private async Task<OutboxOutcome> SendAsync(UnansweredReportMessage row, NetworkCatalog catalog, CancellationToken cancellationToken)
    {
        if (!catalog.PeopleById.TryGetValue(row.PersonId, out var person))
        {
            return OutboxOutcome.Dropped(OutboxState.Unreachable, "not in the catalog");
        }

        var language = await recipientLanguage.OfAsync(person, catalog, cancellationToken);
        if (await NoticeAsync(row.ReportNetworkId, row.ReportMonth, language, cancellationToken) is not { Questions.Count: > 0 } notice)
        {
            return OutboxOutcome.Dropped(OutboxState.Cancelled, "no questions left");
        }

        try
        {
            var delivery = await messenger.SendToPersonAsync(new PersonAddress(person.Id, person.EntraObjectId), notice, cancellationToken);
            return OutboxOutcome.Of(delivery, delivery.Reason, row.Attempts < 3 ? time.GetUtcNow() + TimeSpan.FromHours(1) : null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // An exception may have come after Teams took the card: in doubt, never sent twice.
            LogSendThrew(e, row.Id);
            return OutboxOutcome.Settled(OutboxState.InDoubt, e.GetType().Name);
        }
    }

    /// <summary>The network's (and network-less) questions asked in the month starting <paramref name="first"/>, Helsinki time.</summary>
    private async Task<IReadOnlyList<UnansweredItem>> QuestionsAsync(string networkId, DateOnly first, CancellationToken cancellationToken)
    {
        var from = HelsinkiTime.ToUtc(first, TimeOnly.MinValue);
        var until = HelsinkiTime.ToUtc(first.AddMonths(1), TimeOnly.MinValue);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<UnansweredQuestion>().AsNoTracking()
            .Where(q => (q.NetworkId == null || q.NetworkId == networkId) && q.AskedAt >= from && q.AskedAt < until)
            .ToListAsync(cancellationToken);
        return UnansweredQuestions.Group(rows);
    }

    private static bool TryParseMonth(string month, out DateOnly first) =>
        DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", out first);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending unanswered-questions card {RowId} threw; it is in doubt and will not be resent")]
    private partial void LogSendThrew(Exception exception, long rowId);
}

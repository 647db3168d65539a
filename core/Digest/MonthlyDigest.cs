using Microsoft.EntityFrameworkCore;
using Verkostot.Core.Catalog;
using Verkostot.Core.Domain;
using Verkostot.Core.Meetings;
using Verkostot.Core.Messaging;
using Verkostot.Core.Reminders;
using Verkostot.Core.Storage;
using Verkostot.Core.Time;

namespace Verkostot.Core.Digest;

/// <summary>
/// Posts each network's meetings of the month to its channel on the first weekday of the month. Run every weekday
/// morning: a day missed (server down) is made up on the next weekday of the first week. One post per network and
/// month whatever runs where; a post cut short by a crash is not repeated.
/// </summary>
public sealed class MonthlyDigest(
    IDbContextFactory<VerkostotDbContext> contexts,
    ICatalogSource catalogs,
    IMessenger messenger,
    TimeProvider time)
{
    public static DateOnly FirstWeekday(int year, int month)
    {
        var day = new DateOnly(year, month, 1);
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) day = day.AddDays(1);
        return day;
    }

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var today = HelsinkiTime.Today(time);
        if (today < FirstWeekday(today.Year, today.Month) || today.Day > 7 || today.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) return 0;
        var catalog = await catalogs.GetAsync(cancellationToken);
        var posted = 0;
        foreach (var network in catalog.Networks.Where(n => n.TeamId is not null && n.ChannelId is not null))
        {
            var meetings = catalog.MeetingsOf(network.Id)
                .Where(m => !m.IsCancelled && HelsinkiTime.ToLocal(m.StartsAt) is var local && local.Year == today.Year && local.Month == today.Month)
                .Select(m => MeetingDetails.From(m, catalog, ReminderNoticeBuilder.DefaultLanguage)).ToList();
            if (meetings.Count > 0 && await PostAsync(network, today, meetings, cancellationToken)) posted++;
        }
        return posted;
    }

    private async Task<bool> PostAsync(Network network, DateOnly today, List<MeetingDetails> meetings, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var post = new DigestPost { NetworkId = network.Id, Month = $"{today:yyyy-MM}", State = DigestState.Posting, ClaimedAt = time.GetUtcNow() };
        db.Add(post);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return false; // Already posted, or being posted, by another run.
        }
        var notice = new MonthlyDigestNotice(ReminderNoticeBuilder.DefaultLanguage, network.Name.In(ReminderNoticeBuilder.DefaultLanguage), today.Year, today.Month, meetings);
        var delivery = await messenger.PostToChannelAsync(new ChannelAddress(network.TeamId!, network.ChannelId!), notice, cancellationToken);
        post.State = delivery.IsSent ? DigestState.Posted : DigestState.Failed;
        post.ConversationId = delivery.Sent?.ConversationId;
        post.ActivityId = delivery.Sent?.ActivityId;
        post.LastError = delivery.Reason is { Length: > 500 } r ? r[..500] : delivery.Reason;
        await db.SaveChangesAsync(CancellationToken.None);
        return delivery.IsSent;
    }
}

using Microsoft.EntityFrameworkCore;
using Verkostot.Core.Catalog;
using Verkostot.Core.Meetings;
using Verkostot.Core.Reminders;
using Verkostot.Core.Storage;

namespace Verkostot.Bot.Meetings;

public static class MeetingCalendarEndpoint
{
    /// <summary>GET /meetings/{id}/calendar.ics?expires=…&amp;sig=… : the meeting as an iCalendar file, for links on cards.</summary>
    public static IEndpointRouteBuilder MapMeetingCalendar(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(CalendarLinks.Path, async (int id, string? expires, string? sig, CalendarLinks links,
            IDbContextFactory<VerkostotDbContext> contexts, ICatalogSource catalogs, TimeProvider time, CancellationToken cancellationToken) =>
        {
            // One answer for a bad signature and a missing meeting: the link tells nothing about which ids exist.
            if (!links.IsValid(id, expires, sig)) return Results.NotFound();
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var meeting = await db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id && !m.IsCancelled, cancellationToken);
            if (meeting is null) return Results.NotFound();
            var details = MeetingDetails.From(meeting, await catalogs.GetAsync(cancellationToken), ReminderNoticeBuilder.DefaultLanguage);
            var ics = MeetingIcs.Serialize(details, time.GetUtcNow(), ReminderNoticeBuilder.DefaultLanguage);
            return Results.File(System.Text.Encoding.UTF8.GetBytes(ics), "text/calendar; charset=utf-8", $"kokous-{id}.ics");
        }).AllowAnonymous();
        return endpoints;
    }
}

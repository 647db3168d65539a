using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Verkostot.Core.Domain;
using Verkostot.Core.Time;

namespace Verkostot.Core.Meetings;

/// <summary>One meeting as an iCalendar file, in Europe/Helsinki time with the zone's rules included, for "Lisää kalenteriin".</summary>
public static class MeetingIcs
{
    public static string Serialize(MeetingDetails meeting, DateTimeOffset stamp, Language language)
    {
        var zone = HelsinkiTime.Zone.Id;
        var calendarEvent = new CalendarEvent
        {
            Uid = $"meeting-{meeting.Id}@verkostot.kuntaliitto",
            DtStamp = new CalDateTime(stamp.UtcDateTime, true),
            DtStart = new CalDateTime(HelsinkiTime.ToLocal(meeting.StartsAt), zone, true),
            DtEnd = new CalDateTime(HelsinkiTime.ToLocal(meeting.EndsAt > meeting.StartsAt ? meeting.EndsAt : meeting.StartsAt.AddHours(1)), zone, true),
            Summary = meeting.Title ?? $"{meeting.NetworkName}: {MeetingKindNames.Of(meeting.Kind, language)}",
            Location = meeting.Place ?? meeting.TeamsLink,
            Description = string.Join("\n", meeting.Agenda.Prepend(meeting.TeamsLink ?? "").Where(l => l.Length > 0)),
        };
        if (meeting.TeamsLink is { } link && Uri.TryCreate(link, UriKind.Absolute, out var url)) calendarEvent.Url = url;
        var calendar = new Calendar();
        calendar.Events.Add(calendarEvent);
        calendar.AddTimeZone(zone);
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}

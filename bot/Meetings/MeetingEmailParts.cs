using Verkostot.Bot.Email;
using Verkostot.Core.Domain;
using Verkostot.Core.Localization;
using Verkostot.Core.Meetings;

namespace Verkostot.Bot.Meetings;

/// <summary>What every meeting e-mail shares with the meeting cards: time, place, agenda, and the Teams and calendar links.</summary>
public sealed class MeetingEmailParts(CalendarLinks calendarLinks)
{
    public static void Details(EmailDocument document, MeetingDetails meeting, Language language)
    {
        var facts = new List<(string, string)> { (language.Pick("Aika", "Tid", "When"), HelsinkiDateFormat.FormatRange(meeting.StartsAt, meeting.EndsAt, language)) };
        if (meeting.Title is { } title) facts.Insert(0, (language.Pick("Kokous", "Möte", "Meeting"), title));
        if (meeting.Place is { } place) facts.Add((language.Pick("Paikka", "Plats", "Where"), place));
        facts.Add((language.Pick("Verkosto", "Nätverk", "Network"), meeting.NetworkName));
        document.Facts(facts).List(language.Pick("Esityslista", "Föredragningslista", "Agenda"), meeting.Agenda);
    }

    public void Links(EmailDocument document, MeetingDetails meeting, Language language)
    {
        if (meeting.TeamsLink is { } link && Uri.TryCreate(link, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps)
        {
            document.Button(language.Pick("Liity Teamsissa", "Anslut i Teams", "Join in Teams"), url);
        }
        document.Button(language.Pick("Lisää kalenteriin", "Lägg till i kalendern", "Add to calendar"), calendarLinks.For(meeting.Id));
    }
}

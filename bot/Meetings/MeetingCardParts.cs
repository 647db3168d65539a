using Verkostot.Bot.Cards;
using Verkostot.Bot.Cards.AdaptiveCards;
using Verkostot.Bot.Questions;
using Verkostot.Core.Domain;
using Verkostot.Core.Localization;
using Verkostot.Core.Meetings;

namespace Verkostot.Bot.Meetings;

/// <summary>The parts every meeting card shares: time, place, agenda, and the Teams and calendar buttons.</summary>
public sealed class MeetingCardParts(CalendarLinks calendarLinks)
{
    public static TextBlock Heading(string text) => new(CardText.Plain(text)) { Weight = FontWeight.Bolder, Size = FontSize.Medium, Wrap = true };

    public IEnumerable<CardElement> Details(MeetingDetails meeting, Language language)
    {
        var facts = new List<Fact>
        {
            new(language.Pick("Aika", "Tid", "When"), HelsinkiDateFormat.FormatRange(meeting.StartsAt, meeting.EndsAt, language)),
        };
        if (meeting.Place is { } place) facts.Add(new(language.Pick("Paikka", "Plats", "Where"), CardText.Plain(place)));
        if (meeting.Title is { } title) facts.Insert(0, new(language.Pick("Kokous", "Möte", "Meeting"), CardText.Plain(title)));
        yield return new FactSet(facts);
        if (meeting.IsExample)
        {
            yield return new TextBlock(Labels.ExampleMeeting(language)) { Wrap = true, IsSubtle = true, Size = FontSize.Small };
        }
        if (meeting.Agenda.Count > 0)
        {
            yield return new TextBlock(language.Pick("Esityslista", "Föredragningslista", "Agenda")) { Weight = FontWeight.Bolder, Spacing = Spacing.Medium };
            yield return new TextBlock(string.Join("\n", meeting.Agenda.Select(item => "- " + CardText.Plain(item)))) { Wrap = true };
        }
    }

    public IEnumerable<CardAction> Links(MeetingDetails meeting, Language language)
    {
        if (meeting.TeamsLink is { } link && Uri.TryCreate(link, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps)
        {
            yield return new OpenUrlAction(url) { Title = language.Pick("Liity Teamsissa", "Anslut i Teams", "Join in Teams") };
        }
        yield return new OpenUrlAction(calendarLinks.For(meeting.Id)) { Title = language.Pick("Lisää kalenteriin", "Lägg till i kalendern", "Add to calendar") };
    }
}

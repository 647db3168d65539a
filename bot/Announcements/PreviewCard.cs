using Verkostot.Bot.Cards;
using Verkostot.Bot.Cards.AdaptiveCards;
using Verkostot.Core.Announcements;
using Verkostot.Core.Domain;
using Verkostot.Core.Localization;

namespace Verkostot.Bot.Announcements;

/// <summary>The announcement as it will look, who gets it and when, with "Lähetä", "Muokkaa" and "Peruuta".</summary>
public static class PreviewCard
{
    public static AdaptiveCard Render(Announcement draft, AnnouncementNotice notice, int people, bool channel)
    {
        var data = ActionData.Of(("id", draft.Id.ToString()));
        var when = draft.ScheduledFor is { } at ? HelsinkiDateFormat.Format(at, Language.Finnish) : "Heti";
        var body = new List<CardElement>
        {
            new TextBlock("Esikatselu") { Weight = FontWeight.Bolder, Size = FontSize.Medium, Wrap = true },
            new Container(AnnouncementCard.Body(notice)) { Style = ContainerStyle.Emphasis },
        };
        if (AnnouncementCard.Link(notice) is { } link)
        {
            body.Add(new ActionSet(link));
        }
        body.Add(new FactSet(
        [
            new Fact("Vastaanottajat", CardText.Plain(Recipients(draft.Audience, people, channel))),
            new Fact("Lähetys", CardText.Plain(when)),
        ]));
        return new AdaptiveCard
        {
            Body = body,
            Actions =
            [
                new ExecuteAction(AnnouncementVerbs.Send) { Title = "Lähetä", Style = ActionStyle.Positive, Data = data },
                new ExecuteAction(AnnouncementVerbs.Edit) { Title = "Muokkaa", Data = data },
                new ExecuteAction(AnnouncementVerbs.Cancel) { Title = "Peruuta", Style = ActionStyle.Destructive, Data = data },
            ],
            FallbackText = $"Esikatselu: {AnnouncementCard.FallbackText(notice)}",
        };
    }

    private static string Recipients(AnnouncementAudience audience, int people, bool channel) => audience switch
    {
        AnnouncementAudience.Channel => "Verkoston kanava, uusi keskustelu",
        AnnouncementAudience.ChannelAndMembers => channel
            ? $"Verkoston kanava ja {people} jäsentä henkilökohtaisesti"
            : $"{people} jäsentä henkilökohtaisesti",
        _ => $"Puheenjohtajisto, {people} henkilöä",
    };
}

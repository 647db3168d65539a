using Verkostot.Bot.Cards;
using Verkostot.Bot.Cards.AdaptiveCards;
using Verkostot.Core.Announcements;
using Verkostot.Core.Domain;
using Verkostot.Core.Localization;

namespace Verkostot.Bot.Announcements;

/// <summary>"tiedotteet": the latest announcements, their state and delivery, each with its report.</summary>
public static class AnnouncementListCard
{
    public static AdaptiveCard Render(IReadOnlyList<(Announcement Announcement, DeliveryReport Report)> items)
    {
        var body = new List<CardElement> { new TextBlock("Viimeisimmät tiedotteet") { Weight = FontWeight.Bolder, Size = FontSize.Medium, Wrap = true } };
        if (items.Count == 0)
        {
            body.Add(new TextBlock("Tiedotteita ei ole vielä lähetetty. Aloita uusi kirjoittamalla \"uusi tiedote\".") { Wrap = true });
        }
        foreach (var (announcement, report) in items)
        {
            body.Add(new Container(
            [
                new TextBlock(CardText.Plain(announcement.Title)) { Weight = FontWeight.Bolder, Wrap = true },
                new TextBlock(CardText.Plain(Line(announcement, report))) { IsSubtle = true, Wrap = true, Spacing = Spacing.None },
                new ActionSet([new ExecuteAction(AnnouncementVerbs.Report) { Title = "Näytä raportti", Data = ActionData.Of(("id", announcement.Id.ToString())) }]),
            ])
            { Separator = true });
        }
        var fallback = items.Count == 0 ? "Tiedotteita ei ole vielä lähetetty."
            : string.Join('\n', items.Select(i => CardText.Plain($"{i.Announcement.Title}: {Line(i.Announcement, i.Report)}")));
        return new AdaptiveCard { Body = body, FallbackText = fallback };
    }

    private static string Line(Announcement announcement, DeliveryReport report)
    {
        var when = announcement.ScheduledFor ?? announcement.CreatedAt;
        var line = $"{ReportLine.StateFinnish(announcement.State)} · {HelsinkiDateFormat.Format(when, Language.Finnish)}";
        return report.Total > 0 ? $"{line} · {ReportLine.Finnish(report)}" : line;
    }
}

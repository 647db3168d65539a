using Verkostot.Bot.Cards;
using Verkostot.Bot.Cards.AdaptiveCards;
using Verkostot.Core.Announcements;
using Verkostot.Core.Domain;
using Verkostot.Core.Localization;

namespace Verkostot.Bot.Announcements;

/// <summary>
/// The author's report card: "Lähetetty 120 / 158 · 2 epäonnistui" while sending, replaced in place as it goes;
/// at the end the failures with their reasons and the CSV link.
/// </summary>
public sealed class ReportCard(ReportLinks links)
{
    private const int MaxFailuresShown = 15;

    public AdaptiveCard Render(AnnouncementReportNotice notice)
    {
        var report = notice.Report;
        var data = ActionData.Of(("id", notice.AnnouncementId.ToString()));
        var body = new List<CardElement>
        {
            new TextBlock(CardText.Plain($"Tiedote: {notice.Title}")) { Weight = FontWeight.Bolder, Size = FontSize.Medium, Wrap = true },
            new TextBlock(CardText.Plain(Status(notice))) { IsSubtle = true, Wrap = true, Spacing = Spacing.None },
        };
        if (report.Total > 0)
        {
            body.Add(new TextBlock(CardText.Plain(ReportLine.Finnish(report)))
            {
                Weight = FontWeight.Bolder,
                Wrap = true,
                Color = report.Failed > 0 ? TextColor.Warning : TextColor.Good,
            });
        }
        if (notice.IsFinal && report.Failures.Count > 0)
        {
            body.Add(new TextBlock("Epäonnistuneet") { Weight = FontWeight.Bolder, Wrap = true, Separator = true });
            body.Add(new FactSet([.. report.Failures.Take(MaxFailuresShown).Select(f => new Fact(CardText.Plain(f.RecipientName), CardText.Plain(f.Reason)))]));
            if (report.Failures.Count > MaxFailuresShown)
            {
                body.Add(new TextBlock(CardText.Plain($"ja {report.Failures.Count - MaxFailuresShown} muuta: katso CSV-raportti.")) { IsSubtle = true, Wrap = true });
            }
        }
        var actions = new List<CardAction>();
        switch (notice.State)
        {
            case AnnouncementState.Scheduled:
                actions.Add(new ExecuteAction(AnnouncementVerbs.Cancel) { Title = "Peruuta", Style = ActionStyle.Destructive, Data = data });
                break;
            case AnnouncementState.Sending when !report.IsComplete:
                actions.Add(new ExecuteAction(AnnouncementVerbs.Report) { Title = "Päivitä", Data = data });
                actions.Add(new ExecuteAction(AnnouncementVerbs.Stop) { Title = "Pysäytä lähetys", Style = ActionStyle.Destructive, Data = data });
                break;
        }
        if (report.Total > 0)
        {
            actions.Add(new OpenUrlAction(links.For(notice.AnnouncementId)) { Title = "Lataa raportti (CSV)" });
        }
        return new AdaptiveCard { Body = body, Actions = actions.Count > 0 ? actions : null, FallbackText = CardText.Plain(notice.PlainText) };
    }

    private static string Status(AnnouncementReportNotice notice) => notice.State switch
    {
        AnnouncementState.Scheduled when notice.ScheduledFor is { } at => $"Ajastettu: lähtee {HelsinkiDateFormat.Format(at, Language.Finnish)}",
        AnnouncementState.Scheduled => "Lähtee hetken kuluttua",
        AnnouncementState.Sending when notice.Report.Total == 0 => "Lähetys alkaa",
        AnnouncementState.Sending => notice.Report.IsComplete ? "Lähetys valmis" : "Lähetetään…",
        AnnouncementState.Sent => "Lähetys valmis",
        AnnouncementState.Stopped => "Lähetys pysäytetty",
        AnnouncementState.Cancelled => "Tiedote peruttu, sitä ei lähetetty",
        _ => ReportLine.StateFinnish(notice.State),
    };
}

using Verkostot.Bot.Cards;
using Verkostot.Bot.Cards.AdaptiveCards;
using Verkostot.Bot.Chat;
using Verkostot.Bot.Meetings;
using Verkostot.Bot.Protocol.Inbound;
using Verkostot.Bot.Protocol.Outbound;
using Verkostot.Core.Catalog;
using Verkostot.Core.Domain;
using Verkostot.Core.Localization;
using Verkostot.Core.Reminders;
using Verkostot.Core.Time;

namespace Verkostot.Bot.Reminders;

/// <summary>"Kuka tulee puheenjohtajiston kokoukseen?" from a coordinator: the answers so far to the next presidium meeting.</summary>
public sealed class AttendanceCommand(TurnReplies replies, ICatalogSource catalogs, AttendanceQuery attendance, TimeProvider time) : IChatCommand
{
    public async Task HandleAsync(Activity activity, string text, CancellationToken cancellationToken)
    {
        var catalog = await catalogs.GetAsync(cancellationToken);
        var networks = catalog.NetworksCoordinatedBy(activity.From?.AadObjectId, HelsinkiTime.Today(time));
        if (networks.Count == 0)
        {
            await replies.ReplyAsync(activity, OutgoingActivity.Message(MeetingCommandTexts.OnlyCoordinators("nähdä ilmoittautumiset")), cancellationToken);
            return;
        }
        var body = new List<CardElement>();
        foreach (var network in networks)
        {
            var overview = await attendance.NextPresidiumMeetingAsync(network.Id, cancellationToken);
            if (overview is null)
            {
                body.Add(new TextBlock(CardText.Plain($"{network.Name.Fi}: ei tulevia puheenjohtajiston kokouksia.")) { Wrap = true });
                continue;
            }
            body.Add(MeetingCardParts.Heading($"Puheenjohtajiston kokous {HelsinkiDateFormat.Format(overview.Meeting.StartsAt, Language.Finnish)}"));
            body.Add(new FactSet(
            [
                new Fact("Osallistuu", Names(overview.Attending)),
                new Fact("Ei pääse", Names(overview.NotAttending)),
                new Fact("Ei vastannut", Names(overview.NoAnswer)),
            ]));
        }
        var card = new AdaptiveCard { Body = body, FallbackText = "Puheenjohtajiston kokouksen ilmoittautumiset" };
        await replies.ReplyAsync(activity, OutgoingActivity.Card(card.ToAttachment(), card.FallbackText), cancellationToken);
    }

    private static string Names(IReadOnlyList<AttendanceLine> lines) => lines.Count == 0
        ? "–"
        : string.Join(", ", lines.Select(l => CardText.Plain(l.Name) + (l.IsDeputy ? " (varajäsen)" : "")));
}

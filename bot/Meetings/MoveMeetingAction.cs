using System.Text.Json;
using Verkostot.Bot.Cards;
using Verkostot.Bot.Chat.CardActions;
using Verkostot.Bot.Protocol.Routing;
using Verkostot.Core.Catalog;
using Verkostot.Core.ChangeLog;
using Verkostot.Core.Domain;
using Verkostot.Core.Meetings;
using Verkostot.Core.Reminders;
using Verkostot.Core.Time;

namespace Verkostot.Bot.Meetings;

public sealed class MoveMeetingAction(ICatalogSource catalogs, TimeProvider time, MeetingEditor editor) : MeetingFormAction(catalogs, time)
{
    protected override async Task<InvokeResponse> ExecuteAsync(NetworkCatalog catalog, IReadOnlyList<Network> networks, ChangeActor actor, JsonElement data, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var meeting = OwnMeeting(catalog, networks, data);
        if (meeting is null) errors.Add("Valitse kokous.");
        var date = MeetingFormValidation.ParseDate(CardData.String(data, "date"), errors);
        var at = MeetingFormValidation.ParseTime(CardData.String(data, "time"), errors);
        DateTimeOffset start = default;
        if (errors.Count == 0 && !HelsinkiTime.TryToUtc(date!.Value.ToDateTime(at!.Value), out start)) errors.Add("Kellonaikaa ei ole olemassa kesäaikaan siirryttäessä. Valitse toinen aika.");
        if (errors.Count == 0 && start <= Time.GetUtcNow()) errors.Add("Ajankohta on jo mennyt. Valitse tuleva päivä ja aika.");
        if (errors.Count > 0) return CardActionResponses.Card(MeetingFormCards.Move(Upcoming(catalog, networks, Time.GetUtcNow()), errors));
        var moved = await editor.MoveAsync(meeting!.Id, start, actor, cancellationToken);
        return CardActionResponses.Card(moved is null
            ? MeetingFormCards.Done(MeetingCommandTexts.NotFound)
            : MeetingFormCards.Done(MeetingCommandTexts.Moved, MeetingDetails.From(moved, catalog, ReminderNoticeBuilder.DefaultLanguage)));
    }
}

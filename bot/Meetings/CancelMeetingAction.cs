using System.Text.Json;
using Verkostot.Bot.Chat.CardActions;
using Verkostot.Bot.Protocol.Routing;
using Verkostot.Core.Catalog;
using Verkostot.Core.ChangeLog;
using Verkostot.Core.Domain;
using Verkostot.Core.Meetings;
using Verkostot.Core.Reminders;

namespace Verkostot.Bot.Meetings;

public sealed class CancelMeetingAction(ICatalogSource catalogs, TimeProvider time, MeetingEditor editor) : MeetingFormAction(catalogs, time)
{
    protected override async Task<InvokeResponse> ExecuteAsync(NetworkCatalog catalog, IReadOnlyList<Network> networks, ChangeActor actor, JsonElement data, CancellationToken cancellationToken)
    {
        if (OwnMeeting(catalog, networks, data) is not { } meeting)
        {
            return CardActionResponses.Card(MeetingFormCards.Cancel(Upcoming(catalog, networks, Time.GetUtcNow()), ["Valitse kokous."]));
        }
        var cancelled = await editor.CancelAsync(meeting.Id, actor, cancellationToken);
        return CardActionResponses.Card(cancelled is null
            ? MeetingFormCards.Done(MeetingCommandTexts.NotFound)
            : MeetingFormCards.Done(MeetingCommandTexts.Cancelled, MeetingDetails.From(cancelled, catalog, ReminderNoticeBuilder.DefaultLanguage)));
    }
}

using System.Text.Json;
using Verkostot.Bot.Chat.CardActions;
using Verkostot.Bot.Protocol.Routing;
using Verkostot.Core.Catalog;
using Verkostot.Core.ChangeLog;
using Verkostot.Core.Domain;
using Verkostot.Core.Meetings;
using Verkostot.Core.Reminders;

namespace Verkostot.Bot.Meetings;

/// <summary>"Muokkaa" on the list: the edit form, filled with the meeting as it is now.</summary>
public sealed class OpenMeetingEditAction(ICatalogSource catalogs, TimeProvider time) : MeetingFormAction(catalogs, time)
{
    protected override Task<InvokeResponse> ExecuteAsync(NetworkCatalog catalog, IReadOnlyList<Network> networks, ChangeActor actor, JsonElement data, CancellationToken cancellationToken) =>
        Task.FromResult(CardActionResponses.Card(OwnMeeting(catalog, networks, data) is { } meeting
            ? MeetingFormCards.Edit(MeetingDetails.From(meeting, catalog, ReminderNoticeBuilder.DefaultLanguage))
            : MeetingFormCards.Done(MeetingCommandTexts.NotFound)));
}

using System.Text.Json;
using Verkostot.Bot.Cards;
using Verkostot.Bot.Chat.CardActions;
using Verkostot.Bot.Protocol.Routing;
using Verkostot.Core.Catalog;
using Verkostot.Core.ChangeLog;
using Verkostot.Core.Domain;
using Verkostot.Core.Meetings;
using Verkostot.Core.Reminders;

namespace Verkostot.Bot.Meetings;

/// <summary>
/// "Tallenna" on the edit form. The form is checked as a one-off meeting of the meeting's own network and kind, so
/// its messages are the add form's; a new time is saved as a move.
/// </summary>
public sealed class EditMeetingAction(ICatalogSource catalogs, TimeProvider time, MeetingEditor editor) : MeetingFormAction(catalogs, time)
{
    protected override async Task<InvokeResponse> ExecuteAsync(NetworkCatalog catalog, IReadOnlyList<Network> networks, ChangeActor actor, JsonElement data, CancellationToken cancellationToken)
    {
        if (OwnMeeting(catalog, networks, data) is not { } meeting) return CardActionResponses.Card(MeetingFormCards.Done(MeetingCommandTexts.NotFound));
        var input = new MeetingFormInput(
            meeting.NetworkId, meeting.Kind.ToString(), CardData.String(data, "date"), CardData.String(data, "time"),
            CardData.String(data, "place"), CardData.String(data, "teamsLink"), CardData.String(data, "agenda"));
        var result = MeetingFormValidation.Validate(input, Time.GetUtcNow());
        if (result.Draft is null)
        {
            return CardActionResponses.Card(MeetingFormCards.Edit(MeetingDetails.From(meeting, catalog, ReminderNoticeBuilder.DefaultLanguage), input, result.Errors));
        }
        var changes = MeetingChanges.From(result.Draft);
        var moved = changes.StartsAt != meeting.StartsAt;
        var edited = await editor.EditAsync(meeting.Id, changes, actor, cancellationToken);
        return CardActionResponses.Card(edited is null
            ? MeetingFormCards.Done(MeetingCommandTexts.NotFound)
            : MeetingFormCards.Updated(moved ? MeetingCommandTexts.UpdatedAndMoved : MeetingCommandTexts.Updated, MeetingDetails.From(edited, catalog, ReminderNoticeBuilder.DefaultLanguage)));
    }
}

using System.Text.Json;
using Verkostot.Bot.Protocol.Inbound;
using Verkostot.Bot.Protocol.Routing;
using Verkostot.Bot.Teams.CardActions;
using Verkostot.Core.Catalog;
using Verkostot.Core.ChangeLog;
using Verkostot.Core.Domain;
using Verkostot.Core.Meetings;
using Verkostot.Core.Reminders;
using Verkostot.Core.Time;

namespace Verkostot.Bot.Meetings;

/// <summary>The forms' buttons. Each checks again that the person is a coordinator of the meeting's network: a card can be forwarded.</summary>
public abstract class MeetingFormAction(ICatalogSource catalogs, TimeProvider time) : ICardAction
{
    public abstract string Verb { get; }

    protected TimeProvider Time => time;

    public async Task<InvokeResponse> ExecuteAsync(Activity activity, JsonElement data, CancellationToken cancellationToken)
    {
        var catalog = await catalogs.GetAsync(cancellationToken);
        var networks = catalog.NetworksCoordinatedBy(activity.From?.AadObjectId, HelsinkiTime.Today(time));
        if (networks.Count == 0) return CardActionResponses.Message(MeetingCommandTexts.OnlyCoordinators("muokata kokouksia"));
        var actor = ChangeActor.Of(catalog.PeopleByEntraObjectId[activity.From!.AadObjectId!], ChangeChannel.Chat);
        return await ExecuteAsync(catalog, networks, actor, data, cancellationToken);
    }

    protected abstract Task<InvokeResponse> ExecuteAsync(NetworkCatalog catalog, IReadOnlyList<Network> networks, ChangeActor actor, JsonElement data, CancellationToken cancellationToken);

    protected Meeting? OwnMeeting(NetworkCatalog catalog, IReadOnlyList<Network> networks, JsonElement data) =>
        int.TryParse(CardData.String(data, "meetingId"), out var id) && catalog.MeetingsById.TryGetValue(id, out var meeting)
            && networks.Any(n => n.Id == meeting.NetworkId) && !meeting.IsCancelled && meeting.StartsAt > time.GetUtcNow()
            ? meeting : null;

    protected static IReadOnlyList<MeetingDetails> Upcoming(NetworkCatalog catalog, IReadOnlyList<Network> networks, DateTimeOffset now) =>
        [.. networks.SelectMany(n => catalog.MeetingsOf(n.Id)).Where(m => !m.IsCancelled && m.StartsAt > now).OrderBy(m => m.StartsAt).Take(20)
            .Select(m => MeetingDetails.From(m, catalog, ReminderNoticeBuilder.DefaultLanguage))];
}

public sealed class SaveMeetingAction(ICatalogSource catalogs, TimeProvider time, MeetingEditor editor) : MeetingFormAction(catalogs, time)
{
    public override string Verb => MeetingFormCards.AddVerb;

    protected override async Task<InvokeResponse> ExecuteAsync(NetworkCatalog catalog, IReadOnlyList<Network> networks, ChangeActor actor, JsonElement data, CancellationToken cancellationToken)
    {
        var input = new MeetingFormInput(
            CardData.String(data, "networkId"), CardData.String(data, "kind"), CardData.String(data, "date"), CardData.String(data, "time"),
            CardData.String(data, "place"), CardData.String(data, "teamsLink"), CardData.String(data, "agenda"),
            CardData.String(data, "repeat"), CardData.String(data, "count"));
        var result = MeetingFormValidation.Validate(input, Time.GetUtcNow());
        if (result.Draft is null || networks.All(n => n.Id != result.Draft.NetworkId))
        {
            return CardActionResponses.Card(MeetingFormCards.Add(networks, input, result.Draft is null ? result.Errors : ["Valitse verkosto, jonka verkostovastaava olet."]));
        }
        var saved = await editor.AddAsync(result.Draft, actor, cancellationToken);
        var text = saved.Count == 1 ? MeetingCommandTexts.Saved : $"{saved.Count} kokousta tallennettu.";
        return CardActionResponses.Card(MeetingFormCards.Done(text, MeetingDetails.From(saved[0], catalog, ReminderNoticeBuilder.DefaultLanguage)));
    }
}

public sealed class MoveMeetingAction(ICatalogSource catalogs, TimeProvider time, MeetingEditor editor) : MeetingFormAction(catalogs, time)
{
    public override string Verb => MeetingFormCards.MoveVerb;

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

/// <summary>"Muokkaa" on the list: the edit form, filled with the meeting as it is now.</summary>
public sealed class OpenMeetingEditAction(ICatalogSource catalogs, TimeProvider time) : MeetingFormAction(catalogs, time)
{
    public override string Verb => MeetingFormCards.OpenEditVerb;

    protected override Task<InvokeResponse> ExecuteAsync(NetworkCatalog catalog, IReadOnlyList<Network> networks, ChangeActor actor, JsonElement data, CancellationToken cancellationToken) =>
        Task.FromResult(CardActionResponses.Card(OwnMeeting(catalog, networks, data) is { } meeting
            ? MeetingFormCards.Edit(MeetingDetails.From(meeting, catalog, ReminderNoticeBuilder.DefaultLanguage))
            : MeetingFormCards.Done(MeetingCommandTexts.NotFound)));
}

/// <summary>
/// "Tallenna" on the edit form. The form is checked as a one-off meeting of the meeting's own network and kind, so
/// its messages are the add form's; a new time is saved as a move.
/// </summary>
public sealed class EditMeetingAction(ICatalogSource catalogs, TimeProvider time, MeetingEditor editor) : MeetingFormAction(catalogs, time)
{
    public override string Verb => MeetingFormCards.EditVerb;

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

public sealed class CancelMeetingAction(ICatalogSource catalogs, TimeProvider time, MeetingEditor editor) : MeetingFormAction(catalogs, time)
{
    public override string Verb => MeetingFormCards.CancelVerb;

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

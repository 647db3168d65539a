using System.Text.Json;
using Verkostot.Bot.Cards;
using Verkostot.Bot.Chat.CardActions;
using Verkostot.Bot.Protocol.Inbound;
using Verkostot.Bot.Protocol.Routing;
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

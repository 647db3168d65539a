using Verkostot.Bot.Cards.AdaptiveCards;
using Verkostot.Bot.Chat;
using Verkostot.Bot.Protocol.Inbound;
using Verkostot.Bot.Protocol.Outbound;
using Verkostot.Core.Catalog;
using Verkostot.Core.Domain;
using Verkostot.Core.Meetings;
using Verkostot.Core.Reminders;
using Verkostot.Core.Time;

namespace Verkostot.Bot.Meetings;

/// <summary>What the meeting commands share: only coordinators get a form; everyone else a polite no.</summary>
public abstract class MeetingCommand(TurnReplies replies, ICatalogSource catalogs, TimeProvider time) : IChatCommand
{
    /// <summary>In the infinitive for the refusal, e.g. "lisätä kokouksia".</summary>
    protected abstract string Doing { get; }

    protected abstract AdaptiveCard Form(NetworkCatalog catalog, IReadOnlyList<Network> networks);


    public async Task HandleAsync(Activity activity, string text, CancellationToken cancellationToken)
    {
        var catalog = await catalogs.GetAsync(cancellationToken);
        var networks = catalog.NetworksCoordinatedBy(activity.From?.AadObjectId, HelsinkiTime.Today(time));
        var reply = networks.Count == 0
            ? OutgoingActivity.Message(MeetingCommandTexts.OnlyCoordinators(Doing))
            : Card(Form(catalog, networks));
        await replies.ReplyAsync(activity, reply, cancellationToken);
    }

    /// <summary>The coming meetings of the coordinator's networks, for the move, edit and cancel forms.</summary>
    protected IReadOnlyList<MeetingDetails> Upcoming(NetworkCatalog catalog, IReadOnlyList<Network> networks)
    {
        var now = time.GetUtcNow();
        return [.. networks.SelectMany(n => catalog.MeetingsOf(n.Id))
            .Where(m => !m.IsCancelled && m.StartsAt > now).OrderBy(m => m.StartsAt).Take(20)
            .Select(m => MeetingDetails.From(m, catalog, ReminderNoticeBuilder.DefaultLanguage))];
    }

    private static OutgoingActivity Card(AdaptiveCard card) => OutgoingActivity.Card(card.ToAttachment(), card.FallbackText!);
}

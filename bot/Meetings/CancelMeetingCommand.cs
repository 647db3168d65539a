using Verkostot.Bot.Cards.AdaptiveCards;
using Verkostot.Bot.Chat;
using Verkostot.Core.Catalog;
using Verkostot.Core.Domain;

namespace Verkostot.Bot.Meetings;

public sealed class CancelMeetingCommand(TurnReplies replies, ICatalogSource catalogs, TimeProvider time) : MeetingCommand(replies, catalogs, time)
{
    protected override string Doing => "perua kokouksia";
    protected override AdaptiveCard Form(NetworkCatalog catalog, IReadOnlyList<Network> networks) => MeetingFormCards.Cancel(Upcoming(catalog, networks));
}

using Verkostot.Bot.Cards.AdaptiveCards;
using Verkostot.Bot.Chat;
using Verkostot.Core.Catalog;
using Verkostot.Core.Domain;

namespace Verkostot.Bot.Meetings;

public sealed class MoveMeetingCommand(TurnReplies replies, ICatalogSource catalogs, TimeProvider time) : MeetingCommand(replies, catalogs, time)
{
    protected override string Doing => "siirtää kokouksia";
    protected override AdaptiveCard Form(NetworkCatalog catalog, IReadOnlyList<Network> networks) => MeetingFormCards.Move(Upcoming(catalog, networks));
}

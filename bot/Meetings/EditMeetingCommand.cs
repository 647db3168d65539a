using Verkostot.Bot.Cards.AdaptiveCards;
using Verkostot.Bot.Chat;
using Verkostot.Core.Catalog;
using Verkostot.Core.Domain;

namespace Verkostot.Bot.Meetings;

/// <summary>"muokkaa kokous" or "muokkaa kokousta": the meetings to pick from; the form opens with the picked one's values.</summary>
public sealed class EditMeetingCommand(TurnReplies replies, ICatalogSource catalogs, TimeProvider time) : MeetingCommand(replies, catalogs, time)
{
    protected override string Doing => "muokata kokouksia";
    protected override AdaptiveCard Form(NetworkCatalog catalog, IReadOnlyList<Network> networks) => MeetingFormCards.EditList(Upcoming(catalog, networks));
}

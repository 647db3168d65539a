using System.Text.Json;
using Verkostot.Bot.Cards;
using Verkostot.Bot.Chat.CardActions;
using Verkostot.Bot.Protocol.Routing;
using Verkostot.Core.Announcements;
using Activity = Verkostot.Bot.Protocol.Inbound.Activity;

namespace Verkostot.Bot.Announcements;

/// <summary>"Muokkaa": back to the form with the draft's values.</summary>
public sealed class EditAnnouncementAction(AnnouncementAccess access, AnnouncementStore store) : ICardAction
{
    public async Task<InvokeResponse> ExecuteAsync(Activity activity, JsonElement data, CancellationToken cancellationToken)
    {
        if (await access.AuthorAsync(activity, cancellationToken) is not { } author)
        {
            return CardActionResponses.Message(AnnouncementAccess.Refusal);
        }
        if (CardData.Id(data) is not { } id || await store.GetAsync(id, cancellationToken) is not { } draft || !author.Coordinates(draft.NetworkId))
        {
            return CardActionResponses.Message(AnnouncementRefusalTexts.Finnish(AnnouncementRefusal.NotFound));
        }
        return draft.State == AnnouncementState.Draft
            ? CardActionResponses.Card(ComposeCard.Render(ComposeForm.Of(author, draft)))
            : CardActionResponses.Message(AnnouncementRefusalTexts.Finnish(AnnouncementRefusal.NoLongerEditable));
    }
}

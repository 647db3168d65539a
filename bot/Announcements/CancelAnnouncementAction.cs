using System.Text.Json;
using Verkostot.Bot.Cards;
using Verkostot.Bot.Cards.AdaptiveCards;
using Verkostot.Bot.Chat.CardActions;
using Verkostot.Bot.Protocol.Routing;
using Verkostot.Core.Announcements;
using Activity = Verkostot.Bot.Protocol.Inbound.Activity;

namespace Verkostot.Bot.Announcements;

/// <summary>"Peruuta": discards a draft or cancels a scheduled announcement, until sending starts.</summary>
public sealed class CancelAnnouncementAction(AnnouncementAccess access, AnnouncementStore store, AnnouncementReportView reports) : ICardAction
{
    public async Task<InvokeResponse> ExecuteAsync(Activity activity, JsonElement data, CancellationToken cancellationToken)
    {
        if (await access.AuthorAsync(activity, cancellationToken) is not { } author)
        {
            return CardActionResponses.Message(AnnouncementAccess.Refusal);
        }
        if (CardData.Id(data) is not { } id)
        {
            // The form was never previewed: nothing was saved.
            return CardActionResponses.Card(new AdaptiveCard
            {
                Body = [new TextBlock("Tiedote jätettiin lähettämättä.") { Wrap = true }],
                FallbackText = "Tiedote jätettiin lähettämättä.",
            });
        }
        var change = await store.CancelAsync(id, author, cancellationToken);
        return change.Done
            ? CardActionResponses.Card(await reports.RenderAsync(change.Announcement!, cancellationToken))
            : CardActionResponses.Message(AnnouncementRefusalTexts.Finnish(change.Refusal!.Value));
    }
}

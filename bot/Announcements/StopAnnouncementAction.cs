using System.Text.Json;
using Verkostot.Bot.Cards;
using Verkostot.Bot.Chat.CardActions;
using Verkostot.Bot.Protocol.Routing;
using Verkostot.Core.Announcements;
using Activity = Verkostot.Bot.Protocol.Inbound.Activity;

namespace Verkostot.Bot.Announcements;

/// <summary>"Pysäytä lähetys": no further recipients get it; those already sent stay sent.</summary>
public sealed class StopAnnouncementAction(AnnouncementAccess access, AnnouncementStore store, AnnouncementReportView reports) : ICardAction
{
    public async Task<InvokeResponse> ExecuteAsync(Activity activity, JsonElement data, CancellationToken cancellationToken)
    {
        if (await access.AuthorAsync(activity, cancellationToken) is not { } author)
        {
            return CardActionResponses.Message(AnnouncementAccess.Refusal);
        }
        if (CardData.Id(data) is not { } id)
        {
            return CardActionResponses.Message(AnnouncementRefusalTexts.Finnish(AnnouncementRefusal.NotFound));
        }
        var change = await store.StopAsync(id, author, cancellationToken);
        return change.Done
            ? CardActionResponses.Card(await reports.RenderAsync(change.Announcement!, cancellationToken))
            : CardActionResponses.Message(AnnouncementRefusalTexts.Finnish(change.Refusal!.Value));
    }
}

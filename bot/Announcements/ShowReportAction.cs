using System.Text.Json;
using Verkostot.Bot.Cards;
using Verkostot.Bot.Chat.CardActions;
using Verkostot.Bot.Protocol.Routing;
using Verkostot.Core.Announcements;
using Activity = Verkostot.Bot.Protocol.Inbound.Activity;

namespace Verkostot.Bot.Announcements;

/// <summary>"Näytä raportti" / "Päivitä": the announcement's report card as it stands now.</summary>
public sealed class ShowReportAction(AnnouncementAccess access, AnnouncementStore store, AnnouncementReportView reports) : ICardAction
{
    public async Task<InvokeResponse> ExecuteAsync(Activity activity, JsonElement data, CancellationToken cancellationToken)
    {
        if (await access.AuthorAsync(activity, cancellationToken) is not { } author)
        {
            return CardActionResponses.Message(AnnouncementAccess.Refusal);
        }
        if (CardData.Id(data) is not { } id || await store.GetAsync(id, cancellationToken) is not { } announcement || !author.Coordinates(announcement.NetworkId))
        {
            return CardActionResponses.Message(AnnouncementRefusalTexts.Finnish(AnnouncementRefusal.NotFound));
        }
        return CardActionResponses.Card(await reports.RenderAsync(announcement, cancellationToken));
    }
}

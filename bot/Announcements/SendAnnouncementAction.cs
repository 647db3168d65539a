using System.Text.Json;
using Verkostot.Bot.Cards;
using Verkostot.Bot.Chat.CardActions;
using Verkostot.Bot.Protocol.Routing;
using Verkostot.Core.Announcements;
using Activity = Verkostot.Bot.Protocol.Inbound.Activity;

namespace Verkostot.Bot.Announcements;

/// <summary>
/// "Lähetä": the draft is scheduled (now or at its time) and handed to the jobs. The preview card turns into the
/// report card, which the jobs then keep updating in place.
/// </summary>
public sealed class SendAnnouncementAction(
    AnnouncementAccess access,
    AnnouncementStore store,
    IAnnouncementDispatcher dispatcher,
    AnnouncementReportView reports) : ICardAction
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
        var change = await store.ConfirmAsync(id, author, ReportCardOf(activity), cancellationToken);
        if (!change.Done)
        {
            return CardActionResponses.Message(AnnouncementRefusalTexts.Finnish(change.Refusal!.Value));
        }
        dispatcher.Dispatch(change.Announcement!);
        return CardActionResponses.Card(await reports.RenderAsync(change.Announcement!, cancellationToken));
    }

    // The clicked card is the message the report replaces; an invoke names it in replyToId.
    private static ReportCardLocation? ReportCardOf(Activity activity) =>
        activity is { Conversation.Id: { } conversation, ReplyToId: { } message, ServiceUrl: { } endpoint }
            ? new ReportCardLocation(conversation, message, endpoint)
            : null;
}

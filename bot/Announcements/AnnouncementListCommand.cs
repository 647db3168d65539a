using Verkostot.Bot.Chat;
using Verkostot.Bot.Protocol.Outbound;
using Verkostot.Core.Announcements;
using Activity = Verkostot.Bot.Protocol.Inbound.Activity;

namespace Verkostot.Bot.Announcements;

/// <summary>"tiedotteet" (sv "meddelanden", en "announcements"): the coordinator's networks' latest announcements and how their delivery went.</summary>
public sealed class AnnouncementListCommand(AnnouncementAccess access, AnnouncementStore store, DeliveryLedger ledger, TurnReplies replies) : IChatCommand
{
    private const int Shown = 8;


    public async Task HandleAsync(Activity activity, string text, CancellationToken cancellationToken)
    {
        var author = await access.AuthorAsync(activity, cancellationToken);
        if (author is null)
        {
            await replies.ReplyAsync(activity, OutgoingActivity.Message(AnnouncementAccess.RefusalFor(activity)), cancellationToken);
            return;
        }
        var recent = await store.RecentAsync([.. author.Networks.Select(n => n.Id)], Shown, cancellationToken);
        var items = new List<(Announcement, DeliveryReport)>(recent.Count);
        foreach (var announcement in recent)
        {
            items.Add((announcement, await ledger.ReportAsync(announcement.Id, cancellationToken)));
        }
        var card = AnnouncementListCard.Render(items);
        await replies.ReplyAsync(activity, OutgoingActivity.Card(card.ToAttachment(), "Tiedotteet"), cancellationToken);
    }
}

using Verkostot.Bot.Chat;
using Verkostot.Bot.Protocol.Outbound;
using Activity = Verkostot.Bot.Protocol.Inbound.Activity;

namespace Verkostot.Bot.Announcements;

/// <summary>"tiedote" (sv "meddelande", en "announcement"): the compose form (in Finnish) for coordinators, a polite refusal for everyone else.</summary>
public sealed class AnnouncementCommand(AnnouncementAccess access, TurnReplies replies) : IChatCommand
{
    public async Task HandleAsync(Activity activity, string text, CancellationToken cancellationToken)
    {
        var author = await access.AuthorAsync(activity, cancellationToken);
        if (author is null)
        {
            await replies.ReplyAsync(activity, OutgoingActivity.Message(AnnouncementAccess.RefusalFor(activity)), cancellationToken);
            return;
        }
        var card = ComposeCard.Render(ComposeForm.Empty(author));
        await replies.ReplyAsync(activity, OutgoingActivity.Card(card.ToAttachment(), "Uusi tiedote"), cancellationToken);
    }
}

using System.Text.Json;
using Verkostot.Bot.Chat.CardActions;
using Verkostot.Bot.Messaging;
using Verkostot.Bot.Protocol.Inbound;
using Verkostot.Bot.Protocol.Routing;
using Verkostot.Core.Reminders;

namespace Verkostot.Bot.Reminders;

/// <summary>"Osallistun" on a reminder or deputy invitation; the answer replaces the card in place.</summary>
public sealed class RsvpAttendAction(RsvpService rsvp, IEnumerable<INoticeCardRenderer> renderers) : ICardAction
{
    public Task<InvokeResponse> ExecuteAsync(Activity activity, JsonElement data, CancellationToken cancellationToken) =>
        RsvpAnswer.RespondAsync(rsvp, renderers, activity, data, AttendanceAnswer.Attending, cancellationToken);
}

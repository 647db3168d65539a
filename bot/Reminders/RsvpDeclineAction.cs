using System.Text.Json;
using Verkostot.Bot.Chat.CardActions;
using Verkostot.Bot.Messaging;
using Verkostot.Bot.Protocol.Inbound;
using Verkostot.Bot.Protocol.Routing;
using Verkostot.Core.Reminders;

namespace Verkostot.Bot.Reminders;

/// <summary>"En pääse": recorded, and a member's deputy is invited at once.</summary>
public sealed class RsvpDeclineAction(RsvpService rsvp, IEnumerable<INoticeCardRenderer> renderers) : ICardAction
{
    public Task<InvokeResponse> ExecuteAsync(Activity activity, JsonElement data, CancellationToken cancellationToken) =>
        RsvpAnswer.RespondAsync(rsvp, renderers, activity, data, AttendanceAnswer.NotAttending, cancellationToken);
}

using System.Text.Json;
using Verkostot.Bot.Messaging;
using Verkostot.Bot.Protocol.Inbound;
using Verkostot.Bot.Protocol.Routing;
using Verkostot.Bot.Teams.CardActions;
using Verkostot.Core.Meetings;
using Verkostot.Core.Reminders;

namespace Verkostot.Bot.Meetings;

/// <summary>"Osallistun" on a reminder or deputy invitation; the answer replaces the card in place.</summary>
public sealed class RsvpAttendAction(RsvpService rsvp, IEnumerable<INoticeCardRenderer> renderers) : ICardAction
{
    public string Verb => RsvpCard.AttendVerb;

    public Task<InvokeResponse> ExecuteAsync(Activity activity, JsonElement data, CancellationToken cancellationToken) =>
        RsvpAnswer.RespondAsync(rsvp, renderers, activity, data, AttendanceAnswer.Attending, cancellationToken);
}

/// <summary>"En pääse": recorded, and a member's deputy is invited at once.</summary>
public sealed class RsvpDeclineAction(RsvpService rsvp, IEnumerable<INoticeCardRenderer> renderers) : ICardAction
{
    public string Verb => RsvpCard.DeclineVerb;

    public Task<InvokeResponse> ExecuteAsync(Activity activity, JsonElement data, CancellationToken cancellationToken) =>
        RsvpAnswer.RespondAsync(rsvp, renderers, activity, data, AttendanceAnswer.NotAttending, cancellationToken);
}

internal static class RsvpAnswer
{
    public static async Task<InvokeResponse> RespondAsync(RsvpService rsvp, IEnumerable<INoticeCardRenderer> renderers, Activity activity,
        JsonElement data, AttendanceAnswer answer, CancellationToken cancellationToken)
    {
        if (!long.TryParse(CardData.String(data, RsvpCard.ReminderIdKey), out var reminderId))
        {
            return CardActionResponses.Message("Tätä painiketta ei voi enää käyttää.");
        }
        var notice = await rsvp.AnswerAsync(reminderId, activity.From?.AadObjectId, answer, cancellationToken);
        if (notice is null) return CardActionResponses.Message("Kokousta ei löytynyt. Se on ehkä poistettu.");
        var renderer = renderers.First(r => r.NoticeType == notice.GetType());
        return CardActionResponses.Card(renderer.Render(notice));
    }
}

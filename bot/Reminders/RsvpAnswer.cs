using System.Text.Json;
using Verkostot.Bot.Cards;
using Verkostot.Bot.Chat.CardActions;
using Verkostot.Bot.Meetings;
using Verkostot.Bot.Messaging;
using Verkostot.Bot.Protocol.Inbound;
using Verkostot.Bot.Protocol.Routing;
using Verkostot.Core.Localization;
using Verkostot.Core.Reminders;

namespace Verkostot.Bot.Reminders;

internal static class RsvpAnswer
{
    public static async Task<InvokeResponse> RespondAsync(RsvpService rsvp, IEnumerable<INoticeCardRenderer> renderers, Activity activity,
        JsonElement data, AttendanceAnswer answer, CancellationToken cancellationToken)
    {
        var language = RsvpCard.LanguageOf(data);
        if (!long.TryParse(CardData.String(data, RsvpCard.ReminderIdKey), out var reminderId))
        {
            return CardActionResponses.Message(language.Pick(
                "Tätä painiketta ei voi enää käyttää.", "Den här knappen kan inte längre användas.", "This button can no longer be used."));
        }
        var notice = await rsvp.AnswerAsync(reminderId, activity.From?.AadObjectId, answer, language, cancellationToken);
        if (notice is null)
        {
            return CardActionResponses.Message(language.Pick(
                "Kokousta ei löytynyt. Se on ehkä poistettu.", "Mötet hittades inte. Det har kanske tagits bort.", "The meeting was not found. It may have been deleted."));
        }
        var renderer = renderers.First(r => r.NoticeType == notice.GetType());
        return CardActionResponses.Card(renderer.Render(notice));
    }
}

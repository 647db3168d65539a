using System.Text.Json;
using Verkostot.Bot.Cards;
using Verkostot.Bot.Chat.CardActions;
using Verkostot.Bot.Protocol.Inbound;
using Verkostot.Bot.Protocol.Routing;
using Verkostot.Core.Localization;
using Verkostot.Core.Questions.Unanswered;

namespace Verkostot.Bot.Questions;

/// <summary>
/// "Vastattu tietoja muuttamalla" / "Ei kuulu botille" on the monthly card: marks the question (only the network's
/// coordinator may) and answers with the card as it is now, so the marked question shows its mark.
/// </summary>
public abstract class MarkUnansweredAction(UnansweredQuestions questions, UnansweredReport report, UnansweredStatus status) : ICardAction
{
    public async Task<InvokeResponse> ExecuteAsync(Activity activity, JsonElement data, CancellationToken cancellationToken)
    {
        var language = LocaleLanguage.Of(CardData.String(data, UnansweredQuestionsCardRenderer.LanguageKey));
        if (!long.TryParse(CardData.String(data, UnansweredQuestionsCardRenderer.IdKey), out var id))
        {
            return CardActionResponses.Message(language.Pick("Tätä painiketta ei voi enää käyttää.", "Den här knappen kan inte längre användas.", "This button can no longer be used."));
        }

        var outcome = await questions.MarkAsync(id, status, activity.From?.AadObjectId, cancellationToken);
        if (outcome != MarkOutcome.Marked)
        {
            return CardActionResponses.Message(outcome == MarkOutcome.Forbidden
                ? language.Pick("Vain verkoston verkostovastaava voi merkitä kysymyksiä.", "Bara nätverkets koordinator kan markera frågor.", "Only the network's coordinator can mark questions.")
                : language.Pick("Kysymystä ei enää ole: kysymykset poistetaan 90 päivän jälkeen.", "Frågan finns inte längre: frågorna raderas efter 90 dagar.", "The question is gone: questions are deleted after 90 days."));
        }

        var notice = await report.NoticeAsync(
            CardData.String(data, UnansweredQuestionsCardRenderer.NetworkKey) ?? string.Empty,
            CardData.String(data, UnansweredQuestionsCardRenderer.MonthKey) ?? string.Empty,
            language,
            cancellationToken);
        return notice is null
            ? CardActionResponses.Message(language.Pick("Merkitty.", "Markerad.", "Marked."))
            : CardActionResponses.Card(new UnansweredQuestionsCardRenderer().Render(notice));
    }
}

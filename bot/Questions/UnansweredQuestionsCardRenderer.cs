using System.Globalization;
using Verkostot.Bot.Cards;
using Verkostot.Bot.Cards.AdaptiveCards;
using Verkostot.Bot.Messaging;
using Verkostot.Core.Localization;
using Verkostot.Core.Questions.Unanswered;

namespace Verkostot.Bot.Questions;

/// <summary>
/// The monthly card to coordinators, "Kysymykset, joihin en löytänyt vastausta": each question with how often it was
/// asked, and buttons to mark it answered by a data change or out of scope; a marked one shows its mark instead.
/// </summary>
public sealed class UnansweredQuestionsCardRenderer : NoticeCardRenderer<UnansweredQuestionsNotice>
{
    public const string AnsweredVerb = "unanswered.answered";
    public const string OutOfScopeVerb = "unanswered.outofscope";
    public const string IdKey = "questionId";
    public const string NetworkKey = "networkId";
    public const string MonthKey = "month";
    public const string LanguageKey = "lang";

    protected override AdaptiveCard Render(UnansweredQuestionsNotice notice)
    {
        var language = notice.Language;
        var body = new List<CardElement>
        {
            new TextBlock(CardText.Plain(notice.Heading)) { Weight = FontWeight.Bolder, Size = FontSize.Medium, Wrap = true },
            new TextBlock(CardText.Plain(notice.Intro)) { Wrap = true, IsSubtle = true },
        };
        body.AddRange(notice.Questions.Select(q => Question(notice, q)));
        if (notice.Total > notice.Questions.Count)
        {
            body.Add(new TextBlock(language.Pick(
                $"… ja {notice.Total - notice.Questions.Count} muuta. Kaikki näet hallintasivuilta.",
                $"… och {notice.Total - notice.Questions.Count} till. Alla finns på administrationssidorna.",
                $"… and {notice.Total - notice.Questions.Count} more. See them all in the coordinator pages."))
            { Wrap = true, IsSubtle = true });
        }

        return new AdaptiveCard { Body = body, FallbackText = notice.PlainText };
    }

    private static Container Question(UnansweredQuestionsNotice notice, UnansweredItem question)
    {
        var language = notice.Language;
        var items = new List<CardElement>
        {
            new TextBlock($"“{CardText.Plain(question.Text)}”") { Wrap = true, Weight = FontWeight.Bolder },
            new TextBlock(language.Pick(
                $"{question.Times} kertaa · viimeksi {HelsinkiDateFormat.FormatDate(DateOnly.FromDateTime(question.LastAskedAt.UtcDateTime), language)}",
                $"{question.Times} gånger · senast {HelsinkiDateFormat.FormatDate(DateOnly.FromDateTime(question.LastAskedAt.UtcDateTime), language)}",
                $"{question.Times} times · last {HelsinkiDateFormat.FormatDate(DateOnly.FromDateTime(question.LastAskedAt.UtcDateTime), language)}")) { IsSubtle = true, Spacing = Spacing.None, Size = FontSize.Small },
        };
        if (question.Status == UnansweredStatus.Open)
        {
            var data = ActionData.Of(
                (IdKey, question.Id.ToString(CultureInfo.InvariantCulture)),
                (NetworkKey, notice.NetworkId),
                (MonthKey, notice.Month),
                (LanguageKey, language.Pick("fi", "sv", "en")));
            items.Add(new ActionSet([
                new ExecuteAction(AnsweredVerb) { Title = language.Pick("Vastattu tietoja muuttamalla", "Besvarad genom ändrade uppgifter", "Answered by a data change"), Data = data },
                new ExecuteAction(OutOfScopeVerb) { Title = language.Pick("Ei kuulu botille", "Hör inte till boten", "Out of scope"), Data = data },
            ]));
        }
        else
        {
            items.Add(new TextBlock(CardText.Plain(notice.StatusText(question.Status))) { Color = TextColor.Good, Spacing = Spacing.Small });
        }

        return new Container(items) { Separator = true };
    }
}

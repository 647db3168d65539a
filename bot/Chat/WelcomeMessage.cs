using Verkostot.Bot.Protocol.Inbound;
using Verkostot.Bot.Protocol.Outbound;
using Verkostot.Bot.Questions;
using Verkostot.Core.Catalog;
using Verkostot.Core.Localization;
using Verkostot.Core.Questions;
using Verkostot.Core.Questions.Answers;

namespace Verkostot.Bot.Chat;

/// <summary>What the bot says when it is added to a chat or a team: the help answer, in the chat's language.</summary>
public sealed class WelcomeMessage(ICatalogSource catalogs, TimeProvider time)
{
    public async Task<OutgoingActivity> ForAsync(Activity activity, CancellationToken cancellationToken)
    {
        var catalog = await catalogs.GetAsync(cancellationToken);
        var help = new QuestionAnswerer(catalog, time).Answer(new Question(HelpWord(activity.Locale), activity.Locale));
        var card = AnswerCardRenderer.Render(help);
        return OutgoingActivity.Card(card.ToAttachment(), card.FallbackText!);
    }

    private static string HelpWord(string? locale) =>
        LocaleLanguage.Of(locale).Pick("apua", "hjälp", "help");
}

using Verkostot.Bot.Chat.CardActions;
using Verkostot.Bot.Messaging;
using Verkostot.Core.Questions;
using Verkostot.Core.Questions.Unanswered;

namespace Verkostot.Bot.Questions;

public static class QuestionsServiceCollectionExtensions
{
    /// <summary>Answering questions (core), and the Teams side of the unanswered questions: their monthly card and its two buttons.</summary>
    public static IServiceCollection AddQuestionAnswering(this IServiceCollection services)
    {
        services.AddUnansweredQuestions();
        services.AddSingleton<INoticeCardRenderer, UnansweredQuestionsCardRenderer>();
        services.AddScoped<ICardAction>(sp => new MarkUnansweredAction(sp.GetRequiredService<UnansweredQuestions>(), sp.GetRequiredService<UnansweredReport>(), UnansweredStatus.AnsweredByDataChange));
        services.AddScoped<ICardAction>(sp => new MarkUnansweredAction(sp.GetRequiredService<UnansweredQuestions>(), sp.GetRequiredService<UnansweredReport>(), UnansweredStatus.OutOfScope));
        return services;
    }
}

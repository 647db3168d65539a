using Verkostot.Bot.Messaging;
using Verkostot.Core.Questions;
using Verkostot.Core.Questions.Unanswered;

namespace Verkostot.Bot.Questions;

public static class QuestionsServiceCollectionExtensions
{
    /// <summary>Answering questions (core), and the Teams side of the unanswered questions: their monthly card (its two buttons are in Hosting/BotRoutes).</summary>
    public static IServiceCollection AddQuestionAnswering(this IServiceCollection services)
    {
        services.AddUnansweredQuestions();
        services.AddSingleton<INoticeCardRenderer, UnansweredQuestionsCardRenderer>();
        return services;
    }
}

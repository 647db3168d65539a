using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Verkostot.Core.Messaging;
using Verkostot.Core.Outbox;
using Verkostot.Core.Questions.Unanswered;

namespace Verkostot.Core.Questions;

public static class QuestionsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="QuestionAnswering"/> (async, over the <c>ICatalogSource</c> snapshot), the unanswered
    /// questions' log, coordinators' use case and monthly report, and a <see cref="TimeProvider"/> (the system one unless
    /// one is already registered). <see cref="QuestionAnswerer"/> itself needs no registration: <c>new
    /// QuestionAnswerer(catalog, time)</c> is cheap. The report sends through <c>IMessenger</c>, which the host provides.
    /// </summary>
    public static IServiceCollection AddQuestions(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<QuestionAnswering>();
        services.TryAddSingleton<UnansweredQuestionLog>();
        services.TryAddSingleton<UnansweredQuestions>();
        services.TryAddScoped<UnansweredReport>();
        services.TryAddScoped<RecipientLanguage>();
        services.AddOutbox();
        return services;
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Verkostot.Core.Catalog;
using Verkostot.Core.Messaging;
using Verkostot.Core.Outbox;
using Verkostot.Core.Questions.Unanswered;
using Verkostot.Core.Telemetry;

namespace Verkostot.Core.Questions;

public static class QuestionsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="QuestionAnswering"/> (async, over the <c>ICatalogSource</c> snapshot) and a
    /// <see cref="TimeProvider"/> (the system one unless one is already registered). <see cref="QuestionAnswerer"/>
    /// itself needs no registration: <c>new QuestionAnswerer(catalog, time)</c> is cheap. Needs no storage.
    /// </summary>
    public static IServiceCollection AddQuestions(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddBusinessMetrics();
        services.TryAddSingleton<QuestionAnswering>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICatalogIndex, QuestionIndexes>());
        return services;
    }

    /// <summary>
    /// The loop that learns from what the bot could not answer, on top of <see cref="AddQuestions"/> and the storage:
    /// the unanswered questions' log (which <see cref="QuestionAnswering"/> then writes to), coordinators' use case
    /// and the monthly report. The report sends through <c>IMessenger</c>, which the host provides.
    /// </summary>
    public static IServiceCollection AddUnansweredQuestions(this IServiceCollection services)
    {
        services.AddQuestions();
        services.TryAddSingleton<UnansweredQuestionLog>();
        services.TryAddSingleton<UnansweredQuestions>();
        services.TryAddScoped<UnansweredReport>();
        services.TryAddScoped<RecipientLanguage>();
        services.AddOutbox();
        return services;
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Verkostot.Core.Telemetry;

namespace Verkostot.Core.Questions;

public static class QuestionsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="QuestionAnswering"/> (async, over the <c>ICatalogSource</c> snapshot) and a
    /// <see cref="TimeProvider"/> (the system one unless one is already registered). <see cref="QuestionAnswerer"/>
    /// itself needs no registration: <c>new QuestionAnswerer(catalog, time)</c> is cheap.
    /// </summary>
    public static IServiceCollection AddQuestions(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddBusinessMetrics();
        services.TryAddSingleton<QuestionAnswering>();
        return services;
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Verkostot.Core.Questions;

public static class QuestionsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="QuestionAnswerer"/>. It needs a <c>NetworkCatalog</c> in the container (the current snapshot;
    /// register it as a factory if the snapshot is replaced) and a <see cref="TimeProvider"/> (the system one by default).
    /// </summary>
    public static IServiceCollection AddQuestions(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddTransient<QuestionAnswerer>();
        return services;
    }
}

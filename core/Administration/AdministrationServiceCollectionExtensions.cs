using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Verkostot.Core.Import;

namespace Verkostot.Core.Administration;

public static class AdministrationServiceCollectionExtensions
{
    /// <summary>
    /// The use cases coordinators and administrators keep the data with (the web app and the import and export
    /// commands call them): network facts, people (search, add, edit, merge), bodies' terms, import and export.
    /// The change log they write to comes with AddCoreStorage, which this needs.
    /// </summary>
    public static IServiceCollection AddCoreAdministration(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<NetworkFactsEditor>();
        services.TryAddSingleton<PeopleSearch>();
        services.TryAddSingleton<PeopleEditor>();
        services.TryAddSingleton<PersonMerger>();
        services.TryAddSingleton<BodyTermsEditor>();
        services.TryAddSingleton<CatalogImport>();
        services.TryAddSingleton<CatalogExport>();
        return services;
    }
}

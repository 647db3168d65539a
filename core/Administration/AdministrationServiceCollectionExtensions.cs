using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Verkostot.Core.Import;

namespace Verkostot.Core.Administration;

public static class AdministrationServiceCollectionExtensions
{
    /// <summary>What coordinators and administrators use to keep the data: import and export of data files. Needs AddCoreStorage.</summary>
    public static IServiceCollection AddCoreAdministration(this IServiceCollection services)
    {
        services.TryAddSingleton<CatalogImport>();
        services.TryAddSingleton<CatalogExport>();
        return services;
    }
}

using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Verkostot.Core.Catalog;
using Verkostot.Core.Conversations;
using Verkostot.Core.DemoData;
using Verkostot.Core.Inbox;

namespace Verkostot.Core.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// The database (section <c>Storage</c>), the catalog source and the conversation reference store.
    /// Registers <see cref="IDbContextFactory{VerkostotDbContext}"/> and a scoped <see cref="VerkostotDbContext"/>.
    /// Call <see cref="StorageInitializer.InitializeAsync"/> once at start-up to migrate and seed.
    /// </summary>
    public static IServiceCollection AddCoreStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.SectionName))
            .Validate(o => !string.IsNullOrWhiteSpace(o.ConnectionString), "Storage:ConnectionString must not be empty.")
            .Validate(o => o.CatalogRefreshSeconds > 0, "Storage:CatalogRefreshSeconds must be positive.")
            .ValidateOnStart();
        services.AddOptions<DemoIdentityOptions>().Bind(configuration.GetSection(DemoIdentityOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<CatalogChangeSignal>();
        services.AddSingleton<CatalogChangeInterceptor>();

        var options = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        if (options.Provider == StorageProvider.PostgreSql)
        {
            Register<PostgresVerkostotDbContext>(services, (builder, sp) => builder.UseNpgsql(options.ConnectionString));
        }
        else
        {
            var connectionString = SqliteWithFolder(options.ConnectionString);
            Register<SqliteVerkostotDbContext>(services, (builder, sp) => builder.UseSqlite(connectionString));
        }

        services.AddSingleton<ICatalogSource, DbCatalogSource>();
        services.AddScoped<IConversationReferenceStore, EfConversationReferenceStore>();
        services.AddSingleton<InboxStore>();
        return services;
    }

    private static void Register<TContext>(IServiceCollection services, Action<DbContextOptionsBuilder, IServiceProvider> configure)
        where TContext : VerkostotDbContext
    {
        services.AddDbContextFactory<TContext>((sp, builder) =>
        {
            configure(builder, sp);
            builder.AddInterceptors(sp.GetRequiredService<CatalogChangeInterceptor>());
        });
        services.AddSingleton<IDbContextFactory<VerkostotDbContext>, VerkostotDbContextFactory<TContext>>();
        services.AddScoped<VerkostotDbContext>(sp => sp.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext());
    }

    // SQLite creates the file but not its folder; the default lives in data/.
    private static string SqliteWithFolder(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode != SqliteOpenMode.Memory && !builder.DataSource.StartsWith(':') && Path.GetDirectoryName(Path.GetFullPath(builder.DataSource)) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }
        return connectionString;
    }
}

using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Verkostot.Core.Catalog;
using Verkostot.Core.ChangeLog;
using Verkostot.Core.Conversations;
using Verkostot.Core.DemoData;
using Verkostot.Core.Inbox;

namespace Verkostot.Core.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// The database (section <c>Storage</c>), the catalog source, the conversation reference store and the change log.
    /// Registers <see cref="IDbContextFactory{VerkostotDbContext}"/> and a scoped <see cref="VerkostotDbContext"/>.
    /// Call <see cref="StorageInitializer.InitializeAsync"/> once at start-up to migrate and seed.
    /// </summary>
    public static IServiceCollection AddCoreStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());
        services.TryAddSingleton<SqliteInstanceLock>();
        services.AddOptions<DemoIdentityOptions>().Bind(configuration.GetSection(DemoIdentityOptions.SectionName))
            .Validate(o => o.AllSet, "Verkostot:Demo: every identity (people, team, channel, group) must be set when given.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<CatalogChangeSignal>();
        services.AddSingleton<CatalogChangeInterceptor>();

        // Both providers are registered; the validated options pick one when the first context is made. Each with its
        // compiled model (Storage/CompiledModels, made by `dotnet ef dbcontext optimize`; CompiledModelTests fails when one
        // is stale): a start does not build the model from OnModelCreating.
        AddContextFactory<PostgresVerkostotDbContext>(services, (builder, options) => builder
            .UseNpgsql(options.ConnectionString)
            .UseModel(CompiledModels.Postgres.PostgresVerkostotDbContextModel.Instance));
        AddContextFactory<SqliteVerkostotDbContext>(services, (builder, options) => builder
            .UseSqlite(SqliteWithFolder(options.ConnectionString))
            .UseModel(CompiledModels.Sqlite.SqliteVerkostotDbContextModel.Instance)
            .AddInterceptors(new SqliteConnectionSetup()));
        services.AddSingleton<IDbContextFactory<VerkostotDbContext>>(sp => OptionsOf(sp).Provider == StorageProvider.PostgreSql
            ? new VerkostotDbContextFactory<PostgresVerkostotDbContext>(sp.GetRequiredService<IDbContextFactory<PostgresVerkostotDbContext>>())
            : new VerkostotDbContextFactory<SqliteVerkostotDbContext>(sp.GetRequiredService<IDbContextFactory<SqliteVerkostotDbContext>>()));
        services.AddScoped<VerkostotDbContext>(sp => sp.GetRequiredService<IDbContextFactory<VerkostotDbContext>>().CreateDbContext());

        services.AddSingleton<ICatalogSource, DbCatalogSource>();
        // Every feature that changes data logs the change through the same context, in the same transaction.
        services.TryAddSingleton<ChangeLogWriter>();
        services.TryAddSingleton<ChangeLogQuery>();
        services.AddScoped<IConversationReferenceStore, EfConversationReferenceStore>();
        services.AddSingleton<InboxStore>();
        services.AddSingleton<WriteTurns>();
        services.AddSingleton<SqliteCheckpointer>();
        return services;
    }

    private static void AddContextFactory<TContext>(IServiceCollection services, Action<DbContextOptionsBuilder, StorageOptions> configure)
        where TContext : VerkostotDbContext =>
        // Pooled: a new context's internal services were most of what a short write allocated (the inbox commits
        // before every 200, conversation references after a turn).
        services.AddPooledDbContextFactory<TContext>((sp, builder) =>
        {
            configure(builder, OptionsOf(sp));
            builder.AddInterceptors(sp.GetRequiredService<CatalogChangeInterceptor>());
        });

    private static StorageOptions OptionsOf(IServiceProvider services) => services.GetRequiredService<IOptions<StorageOptions>>().Value;

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

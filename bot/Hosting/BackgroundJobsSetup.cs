using System.Runtime.CompilerServices;
using Hangfire;
using Hangfire.PostgreSql;
using Verkostot.Bot.Administration.Access;
using Verkostot.Bot.Administration.SignIn;
using Verkostot.Bot.Protocol.Scheduling;
using Verkostot.Bot.Telemetry;
using Microsoft.Extensions.Options;
using Verkostot.Core.Storage;
using Verkostot.Jobs;

namespace Verkostot.Bot.Hosting;

/// <summary>
/// Hangfire in the host. Its storage follows the database: in-memory beside SQLite (one machine), PostgreSQL
/// when several instances share one database, so that they share the jobs too.
/// </summary>
public static class BackgroundJobsSetup
{
    // Hangfire's filters are one list per process (GlobalJobFilters), not safe to change while a job is created or
    // changes state: each host adding its own spans filter changed it under the jobs of hosts already running (the tests
    // start hundreds in one process), and every job run got one span per host started. The filter is added once.
    private static readonly Lazy<bool> JobRunSpansAdded = new(() =>
    {
        GlobalJobFilters.Filters.Add(new JobRunSpans());
        return true;
    });

    /// <summary>Hangfire beside the database of <see cref="StorageOptions"/> (from AddCoreStorage), and the jobs.</summary>
    public static IServiceCollection AddBackgroundJobs(this IServiceCollection services)
    {
        services.AddSingleton<HostJobStorage>();
        services.AddSingleton<JobStorage>(provider =>
        {
            // Configuring Hangfire (once per host) makes this host's storage.
            provider.GetRequiredService<IGlobalConfiguration>();
            return provider.GetRequiredService<HostJobStorage>().Storage
                ?? throw new InvalidOperationException("Hangfire was configured without a storage.");
        });
        services.AddHangfire((provider, hangfire) =>
        {
            hangfire.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings()
                .UseLogProvider(new HangfireLogs(provider.GetRequiredService<ILoggerFactory>()));
            _ = JobRunSpansAdded.Value;
            var storage = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
            provider.GetRequiredService<HostJobStorage>().Storage = storage.Provider == StorageProvider.PostgreSql
                ? UsePostgreSql(hangfire, storage.ConnectionString)
                : hangfire.UseInMemoryStorage().Entry;
        });
        var before = services.Count;
        services.AddHangfireServer(server => server.WorkerCount = Math.Max(4, Environment.ProcessorCount * 2));
        services.AddJobs();
        // The recurring schedule, then Hangfire's server (its workers, pollers and the first recurring-job run), start
        // after the warm-up and the first answers; nothing they do is due within those seconds. Putting the schedule in
        // place configures Hangfire and its storage and parses the jobs' expressions: about 200 methods compiled before
        // the first answer otherwise. The wait is the machine's time, not the bot's clock (tests may stop that).
        var hosted = services.Skip(before).Where(d => d.ServiceType == typeof(IHostedService)).ToList();
        var server = hosted.Single(d => d.ImplementationFactory is not null);
        var schedule = hosted.Single(d => d.ImplementationType == typeof(RecurringJobsRegistration));
        services.Remove(server);
        services.Remove(schedule);
        services.AddSingleton<IHostedService>(sp => new AfterWarmUp(
            [ActivatorUtilities.CreateInstance<RecurringJobsRegistration>(sp), (IHostedService)server.ImplementationFactory!(sp)],
            sp.GetRequiredService<StartupWarmUp>(),
            () => sp.GetRequiredService<ConversationScheduler>().ActiveConversations > 0,
            TimeProvider.System));
        return services;
    }

    // Its own method, so that a bot on SQLite never loads Hangfire.PostgreSql and Npgsql.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static JobStorage UsePostgreSql(IGlobalConfiguration hangfire, string connectionString) =>
        hangfire.UsePostgreSqlStorage(options => options.UseNpgsqlConnection(connectionString)).Entry;

    public const string DashboardPath = "/hangfire";

    /// <summary>
    /// The dashboard, in every environment, behind the web app's sign-in (Entra, or the developer sign-in in
    /// Development): administrators act on jobs, coordinators look (<see cref="JobsDashboardAccess"/>).
    /// </summary>
    public static IEndpointRouteBuilder MapJobsDashboard(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHangfireDashboard(DashboardPath, new DashboardOptions
        {
            Authorization = [],
            AsyncAuthorization = [new JobsDashboardAccess()],
            IsReadOnlyFunc = JobsDashboardAccess.IsReadOnly,
            AppPath = "/hallinta",
            DisplayStorageConnectionString = false,
        }).RequireAuthorization(AdministrationSchemes.SignedInPolicy);
        return endpoints;
    }
}

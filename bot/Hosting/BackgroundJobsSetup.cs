using System.Runtime.CompilerServices;
using System.Net;
using Hangfire;
using Hangfire.Dashboard;
using Hangfire.PostgreSql;
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
    /// <summary>Hangfire beside the database of <see cref="StorageOptions"/> (from AddCoreStorage), and the jobs.</summary>
    public static IServiceCollection AddBackgroundJobs(this IServiceCollection services)
    {
        services.AddHangfire((provider, hangfire) =>
        {
            hangfire.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            var storage = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
            if (storage.Provider == StorageProvider.PostgreSql)
            {
                UsePostgreSql(hangfire, storage.ConnectionString);
            }
            else
            {
                hangfire.UseInMemoryStorage();
            }
        });
        var before = services.Count;
        services.AddHangfireServer(server => server.WorkerCount = Math.Max(4, Environment.ProcessorCount * 2));
        // Hangfire's server (its workers, pollers and the first recurring-job run) starts after the warm-up, once the
        // first question can be answered quickly; nothing it does is due within those seconds.
        var server = services.Skip(before).Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationFactory is not null);
        services.Remove(server);
        services.AddSingleton<IHostedService>(sp => new AfterWarmUp((IHostedService)server.ImplementationFactory!(sp), sp.GetRequiredService<StartupWarmUp>()));
        services.AddJobs();
        return services;
    }

    // Its own method, so that a bot on SQLite never loads Hangfire.PostgreSql and Npgsql.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void UsePostgreSql(IGlobalConfiguration hangfire, string connectionString) =>
        hangfire.UsePostgreSqlStorage(options => options.UseNpgsqlConnection(connectionString));

    /// <summary>
    /// The dashboard shows job arguments and lets anyone trigger jobs: only in Development and from this machine,
    /// until coordinators sign in to the web pages.
    /// </summary>
    public static IEndpointRouteBuilder MapJobsDashboard(this IEndpointRouteBuilder endpoints, IHostEnvironment environment)
    {
        if (environment.IsDevelopment())
        {
            endpoints.MapHangfireDashboard("/hangfire", new DashboardOptions
            {
                Authorization = [new LoopbackOnlyDashboardAuthorization()],
                IsReadOnlyFunc = _ => false,
            });
        }
        return endpoints;
    }

    private sealed class LoopbackOnlyDashboardAuthorization : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context)
        {
            var remote = context.GetHttpContext().Connection.RemoteIpAddress;
            return remote is not null && IPAddress.IsLoopback(remote);
        }
    }
}

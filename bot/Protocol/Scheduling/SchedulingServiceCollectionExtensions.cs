using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Verkostot.Bot.Protocol.Inbox;

namespace Verkostot.Bot.Protocol.Scheduling;

public static class SchedulingServiceCollectionExtensions
{
    /// <summary>
    /// The durable inbox and the per-conversation scheduler. Hosted services stop in reverse order: the workers and
    /// send loops first, then recovery, then the inbox writer, which writes the last completions and hands back the rest.
    /// </summary>
    public static IServiceCollection AddInboundScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<InboundOptions>().Bind(configuration.GetSection(InboundOptions.SectionName))
            .Validate(o => o.RecoveryInterval * 2 <= o.ClaimLease,
                "Inbound:RecoveryInterval must be at most half of Inbound:ClaimLease, or claims lapse between renewals.")
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<InboundOptions>, InboundOptionsValidator>());

        services.AddSingleton<InboundMetrics>();
        services.AddSingleton<InboxInstance>();
        services.AddSingleton<InboxWriter>();
        services.AddSingleton<OnceOnlyInvokes>();
        services.AddSingleton<ReplySender>();
        services.AddSingleton<ConversationScheduler>();
        services.AddSingleton<TurnRunner>();
        services.AddScoped<CurrentTurn>();
        services.AddHostedService<SqliteCheckpoints>();
        services.AddHostedService(sp => sp.GetRequiredService<InboxWriter>());
        services.AddHostedService<InboxRecovery>();
        services.AddHostedService<TurnWorker>();
        return services;
    }
}

using Microsoft.Extensions.DependencyInjection.Extensions;
using Verkostot.Bot.Authentication;
using Verkostot.Bot.Chat;
using Verkostot.Bot.Chat.CardActions;
using Verkostot.Bot.Configuration;
using Verkostot.Bot.Connector;
using Verkostot.Bot.Conversations;
using Verkostot.Bot.Messaging;
using Verkostot.Bot.Networks;
using Verkostot.Bot.Questions;
using Verkostot.Core.Conversations;
using Verkostot.Core.Messaging;
using Verkostot.Core.Networks;
using Verkostot.Core.Questions;
using Verkostot.Core.Storage;
using Verkostot.Bot.Protocol;
using Verkostot.Bot.Protocol.Routing;
using Verkostot.Bot.Protocol.Scheduling;

namespace Verkostot.Bot.Hosting;

public static class BotServiceCollectionExtensions
{
    /// <summary>The routing table: which handler answers which activity. Anything else is acknowledged and ignored.</summary>
    public static IReadOnlyList<ActivityRoute> Routes { get; } =
    [
        ActivityRoute.For<MessageHandler>(ActivityTypes.Message),
        ActivityRoute.For<ConversationUpdateHandler>(ActivityTypes.ConversationUpdate),
        ActivityRoute.For<InstallationUpdateHandler>(ActivityTypes.InstallationUpdate),
        ActivityRoute.ForInvoke<CardActionInvokeHandler>(InvokeNames.AdaptiveCardAction),
    ];

    /// <summary>The Bot Framework protocol layer and the Teams handlers.</summary>
    public static IServiceCollection AddBot(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddBotConfiguration(configuration);
        // Demo networks belong on a developer's machine; elsewhere only when Storage:SeedDemoData asks for them.
        services.PostConfigure<StorageOptions>(storage => storage.SeedDemoData ??= environment.IsDevelopment());
        services.AddBotAuthentication(configuration, environment);
        services.AddConnector(configuration);
        services.AddQuestionAnswering();

        services.AddSingleton(new ActivityRouteTable(Routes));
        services.AddScoped<ActivityDispatcher>();
        services.AddInboundScheduling(configuration);
        services.AddHostedService<RouteTableCheck>();
        foreach (var route in Routes)
        {
            services.AddScoped(route.Handler);
        }

        services.AddScoped<ConversationReferenceRefresher>();
        services.AddSingleton<RecentlyStoredReferences>();
        services.AddScoped<TurnReplies>();
        services.TryAddSingleton<PersonalInstallations>();
        services.AddScoped<WelcomeMessage>();
        services.AddScoped<TeamBinding>();
        services.AddScoped<IChatCommand, BindTeamCommand>();
        services.AddSingleton<NoticeCards>();
        services.AddSingleton<TeamsUserDirectory>();
        services.AddScoped<IMessenger, ConnectorMessenger>();
        services.AddHealthChecks();
        return services;
    }
}

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
    /// <summary>The Bot Framework protocol layer and the Teams handlers.</summary>
    public static IServiceCollection AddBot(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddBotConfiguration(configuration);
        // Demo networks belong on a developer's machine; elsewhere only when Storage:SeedDemoData asks for them.
        services.PostConfigure<StorageOptions>(storage => storage.SeedDemoData ??= environment.IsDevelopment());
        services.AddBotAuthentication(configuration, environment);
        services.AddConnector(configuration);
        services.AddQuestionAnswering();

        services.AddRoutes(BotRoutes.All);
        services.AddScoped<ActivityDispatcher>();
        services.AddInboundScheduling(configuration);
        services.AddSingleton<StartupWarmUp>();
        services.AddHostedService(sp => sp.GetRequiredService<StartupWarmUp>());
        services.AddHostedService<IdleMemoryTrim>();

        services.AddScoped<ConversationReferenceRefresher>();
        services.AddSingleton<RecentlyStoredReferences>();
        services.AddSingleton<ReferenceWriteQueue>();
        services.AddScoped<TurnReplies>();
        services.TryAddSingleton<PersonalInstallations>();
        services.AddScoped<WelcomeMessage>();
        services.AddScoped<TeamBinding>();
        services.AddSingleton<NoticeCards>();
        services.AddSingleton<TeamsUserDirectory>();
        services.AddScoped<IMessenger, ConnectorMessenger>();
        services.AddHealthChecks();
        return services;
    }
}

using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Verkostot.Bot.Announcements;
using Verkostot.Bot.Configuration;
using Verkostot.Bot.Connector;
using Verkostot.Bot.Email;
using Verkostot.Bot.Installation;
using Verkostot.Bot.Messaging;
using Verkostot.Core.Announcements;
using Verkostot.Core.Catalog;
using Verkostot.Core.Conversations;
using Verkostot.Core.Domain;
using Verkostot.Core.Messaging;
using Verkostot.Core.Storage;
using Verkostot.Testing.Catalog;
using Verkostot.Testing.Connector;
using Verkostot.Testing.Storage;

namespace Verkostot.Bot.Tests.Announcements;

/// <summary>
/// The announcement stack as the bot runs it (store, ledger, sender, ConnectorMessenger, ConnectorClient with its
/// rate limiter) on a SQLite file or a PostgreSQL database, talking to a <see cref="ThrottlingConnector"/>; with
/// <c>Email:Mailbox</c> and <c>Graph:BaseUrl</c> set, e-mail goes to a fake Graph too. Disposing
/// it is a process stop; a new host on the same database is the restart, two at once are two instances.
/// </summary>
public sealed class FanOutHost : IAsyncDisposable
{
    private readonly StrongBox<int> _sent;

    private FanOutHost(ServiceProvider services, StrongBox<int> sent)
    {
        Services = services;
        _sent = sent;
    }

    public ServiceProvider Services { get; }

    /// <summary>Messages this host got through to the connector (not report card updates).</summary>
    public int Sent => Volatile.Read(ref _sent.Value);

    /// <param name="database">The database the host uses.</param>
    /// <param name="time">The host's clock; the system clock when null.</param>
    /// <param name="configure">Last changes to the host's services, e.g. a database interceptor.</param>
    public static async Task<FanOutHost> StartAsync(ThrowawayDatabase database, ThrottlingConnector connector,
        NetworkCatalog catalog, IDictionary<string, string?>? settings = null, TimeProvider? time = null,
        Action<IServiceCollection>? configure = null)
    {
        var values = new Dictionary<string, string?>(database.Storage)
        {
            ["Storage:SeedDemoData"] = "false",
            ["Connector:RetryBaseDelay"] = "00:00:00.100",
            ["Connector:MaxRetryDelay"] = "00:00:01",
            ["Connector:RetryAfterCap"] = "00:00:01",
            ["Announcements:RetryBaseDelay"] = "00:00:00.200",
            ["Announcements:MaxRetryDelay"] = "00:00:01",
            ["Announcements:ReportInterval"] = "00:00:00.300",
            ["Verkostot:PublicBaseUrl"] = "https://verkostot.test",
            ["Verkostot:LinkSigningKey"] = "fan-out-link-signing-key-0123456789abcdef",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection()
            .AddLogging(l => l.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton<IConfiguration>(configuration);
        if (time is not null)
        {
            services.AddSingleton(time);
        }
        services.AddCoreStorage(configuration);
        services.AddBotConfiguration(configuration);
        services.AddConnector(configuration);
        services.AddSingleton<NoticeCards>();
        services.AddSingleton<TeamsUserDirectory>();
        var sent = new StrongBox<int>();
        services.AddScoped<ConnectorMessenger>();
        services.AddScoped<IMessenger>(sp => new CountingMessenger(sp.GetRequiredService<ConnectorMessenger>(), sent));
        services.AddAnnouncements(configuration);
        if (!string.IsNullOrEmpty(configuration["Email:Mailbox"]))
        {
            services.AddEmail(configuration);
        }
        if (!string.IsNullOrEmpty(configuration["ProactiveInstallation:TeamsAppId"]))
        {
            services.AddProactiveInstallation(configuration);
        }
        services.AddSingleton<ICatalogSource>(new FixedCatalogSource(catalog));
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider();
        await using (var db = await provider.GetRequiredService<IDbContextFactory<VerkostotDbContext>>().CreateDbContextAsync())
        {
            await db.Database.MigrateAsync();
        }
        return new FanOutHost(provider, sent);
    }

    /// <summary>Stores a 1:1 chat for every member with an Entra id and the team's channel, as earlier turns would have.</summary>
    public async Task SeedConversationsAsync(ThrottlingConnector connector, NetworkCatalog catalog)
    {
        using var scope = Services.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<IConversationReferenceStore>();
        await store.UpsertAsync(new ConversationReference
        {
            ConversationId = TestNetwork.ChannelId,
            ConversationType = "channel",
            ServiceUrl = connector.ServiceUrl,
            ChannelId = "msteams",
            TenantId = TestNetwork.TenantId,
            TeamId = TestNetwork.TeamId,
            TeamsChannelId = TestNetwork.ChannelId,
            UpdatedAt = DateTimeOffset.UtcNow,
        }, CancellationToken.None);
        foreach (var person in catalog.People.Where(p => p.EntraObjectId is not null))
        {
            await store.UpsertAsync(new ConversationReference
            {
                ConversationId = ChatOf(person),
                ConversationType = "personal",
                ServiceUrl = connector.ServiceUrl,
                ChannelId = "msteams",
                TenantId = TestNetwork.TenantId,
                UserAadObjectId = person.EntraObjectId,
                UserId = "29:" + person.Id,
                UpdatedAt = DateTimeOffset.UtcNow,
            }, CancellationToken.None);
        }
    }

    public static string ChatOf(Person person) => $"a:chat-{person.Id}";

    public AnnouncementStore Store => Services.GetRequiredService<AnnouncementStore>();
    public DeliveryLedger Ledger => Services.GetRequiredService<DeliveryLedger>();

    /// <summary>Composes, confirms (now, with a report card in the author's chat) and starts an announcement.</summary>
    public async Task<Guid> StartAnnouncementAsync(NetworkCatalog catalog, AnnouncementAudience audience, ThrottlingConnector connector)
    {
        var author = AnnouncementAuthor.Find(catalog, TestNetwork.CoordinatorAad, DateOnly.FromDateTime(DateTime.UtcNow))!;
        var draft = await Store.CreateDraftAsync(author, new ValidDraft(TestNetwork.NetworkId, "Kokouskutsu", "Tervetuloa **kokoukseen**.", null, audience, null), CancellationToken.None);
        var confirmed = await Store.ConfirmAsync(draft.Id, author, new ReportCardLocation("a:chat-koordinaattori", "report-1", connector.ServiceUrl), CancellationToken.None);
        Assert.True(confirmed.Done);
        using var scope = Services.CreateScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<AnnouncementStarter>().StartAsync(draft.Id, CancellationToken.None));
        return draft.Id;
    }

    public async Task SendAsync(Guid id, CancellationToken cancellationToken)
    {
        using var scope = Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<AnnouncementSender>().SendAsync(id, cancellationToken);
    }

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}

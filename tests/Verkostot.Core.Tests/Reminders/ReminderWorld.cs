using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Verkostot.Core.ChangeLog;
using Verkostot.Core.Conversations;
using Verkostot.Core.Domain;
using Verkostot.Core.Meetings;
using Verkostot.Core.Messaging;
using Verkostot.Core.Outbox;
using Verkostot.Core.Questions;
using Verkostot.Core.Reminders;
using Verkostot.Core.Storage;
using Verkostot.Core.Time;
using Verkostot.Testing.Messaging;
using Verkostot.Testing.Storage;

namespace Verkostot.Core.Tests.Reminders;

/// <summary>
/// A small network on a database of its own: a presidium with two seats (members Mirja, Matti; deputies Dora,
/// Daniel — Daniel has no Entra id, so Teams cannot reach him) and a coordinator Kaisa. The clock is fake.
/// </summary>
public sealed class ReminderWorld : IAsyncDisposable
{
    public const string Network = "testiverkosto";
    public const string Presidium = "testiverkosto-pj";
    public const string Coordinator = "kaisa-koordinaattori";
    public const string CoordinatorAad = "aad-kaisa";

    private readonly List<ServiceProvider> _providers = [];
    private readonly ThrowawayDatabase _database;

    private ReminderWorld(ThrowawayDatabase database, DateTimeOffset now)
    {
        _database = database;
        Time = new FakeTimeProvider(now);
        Services = AddInstance(Messenger);
    }

    public FakeTimeProvider Time { get; }
    public RecordingMessenger Messenger { get; } = new();
    public ServiceProvider Services { get; }

    public static async Task<ReminderWorld> SqliteAsync(DateTimeOffset now)
    {
        var world = new ReminderWorld(ThrowawayDatabase.Sqlite(), now);
        await world.SeedAsync();
        return world;
    }

    public static async Task<ReminderWorld> PostgresAsync(DateTimeOffset now)
    {
        var world = new ReminderWorld(await ThrowawayDatabase.PostgresAsync("verkostot_rem"), now);
        await world.SeedAsync();
        return world;
    }

    /// <summary>Another host on the same database: its own services, catalog cache and messenger.</summary>
    /// <param name="configure">Changes to the host's services, e.g. an interceptor of its database commands.</param>
    public ServiceProvider AddInstance(IMessenger messenger, Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>(_database.Storage)
        {
            ["Storage:SeedDemoData"] = "false",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Time);
        services.AddCoreStorage(configuration);
        services.AddReminders(configuration);
        services.AddUnansweredQuestions();
        services.AddSingleton(messenger);
        configure?.Invoke(services);
        var built = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        _providers.Add(built);
        return built;
    }

    public async Task<SweepResult> SweepAsync(IServiceProvider? on = null)
    {
        await using var scope = (on ?? Services).CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReminderSweep>().RunAsync(CancellationToken.None);
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public VerkostotDbContext Db() => Services.GetRequiredService<IDbContextFactory<VerkostotDbContext>>().CreateDbContext();

    public async Task<List<ReminderMessage>> LedgerAsync()
    {
        await using var db = Db();
        return await db.Set<ReminderMessage>().AsNoTracking().OrderBy(r => r.Id).ToListAsync();
    }

    /// <summary>The coordinator, as the chat forms name her in the change log.</summary>
    public static ChangeActor CoordinatorInChat { get; } = new(Coordinator, "Kaisa Koordinaattori", ChangeChannel.Chat);

    /// <summary>A meeting at a Helsinki wall-clock time.</summary>
    public async Task<int> AddMeetingAsync(DateOnly day, TimeOnly at, MeetingKind kind = MeetingKind.PresidiumMeeting)
    {
        var meetings = await InScopeAsync(sp => sp.GetRequiredService<MeetingEditor>().AddAsync(
            new MeetingDraft(Network, kind, [HelsinkiTime.ToUtc(day, at)], TimeSpan.FromHours(1), "Kuntatalo", null, ["Ajankohtaiset asiat"]), CoordinatorInChat, CancellationToken.None));
        return meetings[0].Id;
    }

    public Task MoveMeetingAsync(int id, DateOnly day, TimeOnly at) =>
        InScopeAsync(sp => sp.GetRequiredService<MeetingEditor>().MoveAsync(id, HelsinkiTime.ToUtc(day, at), CoordinatorInChat, CancellationToken.None));

    public Task CancelMeetingAsync(int id) =>
        InScopeAsync(sp => sp.GetRequiredService<MeetingEditor>().CancelAsync(id, CoordinatorInChat, CancellationToken.None));

    /// <summary>The person has chatted with the bot 1:1 from a Teams client set to this locale.</summary>
    public async Task ChatsInAsync(string aad, string locale)
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IConversationReferenceStore>().UpsertAsync(new ConversationReference
        {
            ConversationId = $"a:{aad}",
            ConversationType = "personal",
            ServiceUrl = "https://smba.example.invalid/",
            ChannelId = "msteams",
            UserAadObjectId = aad,
            Locale = locale,
        }, CancellationToken.None);
    }

    /// <summary>The person works for a municipality of this language.</summary>
    public async Task WorksInAsync(string personId, MunicipalityLanguage language)
    {
        await using var db = Db();
        var municipality = $"kunta-{personId}";
        db.Municipalities.Add(new Municipality { Id = municipality, NameFi = "Testikunta", Language = language });
        (await db.People.SingleAsync(p => p.Id == personId)).MunicipalityId = municipality;
        await db.SaveChangesAsync();
    }

    /// <summary>Sets the clock to a Helsinki wall-clock time.</summary>
    public void At(DateOnly day, TimeOnly time) => Time.SetUtcNow(HelsinkiTime.ToUtc(day, time));

    private async Task SeedAsync()
    {
        await StorageInitializer.InitializeAsync(Services, CancellationToken.None);
        await using var db = Db();
        db.Networks.Add(new Network { Id = Network, Name = new LocalizedText("Testiverkosto"), TeamId = "team-t", ChannelId = "channel-t" });
        db.People.AddRange(
            Person("mirja-jasen", "Mirja Jäsen", "aad-mirja"),
            Person("matti-jasen", "Matti Jäsen", "aad-matti"),
            Person("dora-varajasen", "Dora Varajäsen", "aad-dora"),
            Person("daniel-varajasen", "Daniel Varajäsen", null),
            Person(Coordinator, "Kaisa Koordinaattori", CoordinatorAad));
        db.Bodies.Add(new Body
        {
            Id = Presidium,
            NetworkId = Network,
            Kind = BodyKind.Presidium,
            Name = new LocalizedText("Puheenjohtajisto"),
            Terms =
            [
                new Term
                {
                    BodyId = Presidium,
                    Start = new DateOnly(2026, 1, 1),
                    End = new DateOnly(2027, 12, 31),
                    Seats =
                    [
                        new Seat { RegionId = "etela", RegionName = new LocalizedText("Etelä-Suomi"), MemberId = "mirja-jasen", DeputyId = "dora-varajasen" },
                        new Seat { RegionId = "pohjoinen", RegionName = new LocalizedText("Pohjois-Suomi"), MemberId = "matti-jasen", DeputyId = "daniel-varajasen" },
                    ],
                },
            ],
        });
        db.RoleAssignments.Add(new RoleAssignment { PersonId = Coordinator, NetworkId = Network, Role = Role.Coordinator });
        await db.SaveChangesAsync();
    }

    private static Person Person(string id, string name, string? aad) => new() { Id = id, Name = name, EntraObjectId = aad };

    public async ValueTask DisposeAsync()
    {
        foreach (var p in _providers) await p.DisposeAsync();
        await _database.DisposeAsync();
    }
}

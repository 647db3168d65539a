using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Verkostot.Bench.Reminders;
using Verkostot.Core.Domain;
using Verkostot.Core.Messaging;
using Verkostot.Core.Reminders;
using Verkostot.Core.Storage;
using Verkostot.Core.Time;
using Verkostot.Testing.Messaging;

// Reminder sweep for N networks × M presidium meetings × 10 recipients (5 seats, member + deputy) on SQLite.
// Usage: dotnet run -c Release --project bench/Verkostot.Bench.Reminders [networks] [meetings]
var networks = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 200;
var meetingsPerNetwork = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 12;
var folder = Path.Combine(Path.GetTempPath(), "verkostot-bench", Guid.NewGuid().ToString("N"));
var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
var messenger = new RecordingMessenger();

var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Storage:Provider"] = "Sqlite",
    ["Storage:ConnectionString"] = $"Data Source={Path.Combine(folder, "bench.db")}",
    ["Storage:SeedDemoData"] = "false",
}).Build();
var services = new ServiceCollection()
    .AddLogging()
    .AddSingleton<TimeProvider>(clock)
    .AddCoreStorage(configuration)
    .AddReminders(configuration)
    .AddSingleton<IMessenger>(messenger)
    .BuildServiceProvider();

try
{
    await StorageInitializer.InitializeAsync(services, CancellationToken.None);
    var seeding = Stopwatch.StartNew();
    await BenchData.SeedAsync(services.GetRequiredService<IDbContextFactory<VerkostotDbContext>>(), networks, meetingsPerNetwork);
    Console.WriteLine($"Seeded {networks} networks × {meetingsPerNetwork} meetings × 10 recipients in {seeding.ElapsedMilliseconds} ms");

    // 12 meetings a day apart from 8.12.2026: at 7.12. 9.00 every meeting has at least one reminder due.
    clock.SetUtcNow(HelsinkiTime.ToUtc(new DateOnly(2026, 12, 7), new TimeOnly(9, 0)));
    for (var round = 1; round <= 3; round++)
    {
        var before = messenger.Sent.Count;
        var watch = Stopwatch.StartNew();
        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ReminderSweep>().RunAsync(CancellationToken.None);
        Console.WriteLine($"Sweep {round}: {watch.ElapsedMilliseconds} ms, planned {result.Planned} rows, sent {messenger.Sent.Count - before} messages (superseded/dropped {result.Delivered.Dropped})");
        clock.Advance(TimeSpan.FromMinutes(5));
    }
}
finally
{
    await services.DisposeAsync();
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    Directory.Delete(folder, recursive: true);
}

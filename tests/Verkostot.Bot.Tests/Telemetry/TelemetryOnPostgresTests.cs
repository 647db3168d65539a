using System.Diagnostics;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Verkostot.Bot.Tests.Hosting;
using Verkostot.Jobs.Reminders;
using Verkostot.Testing.Storage;

namespace Verkostot.Bot.Tests.Telemetry;

/// <summary>
/// <see cref="TelemetryTests"/>' job run on PostgreSQL: there the database commands are Npgsql's own spans (they also
/// cover Hangfire's storage), and EF Core's instrumentation stays out so that no command is traced twice.
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class TelemetryOnPostgresTests : IAsyncLifetime
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    // Tue 24.11.2026 9.05 in Helsinki: the demo presidium meeting of ti 1.12.2026 has its 7-day reminder due.
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 7, 5, 0, TimeSpan.Zero));
    private readonly CollectedTelemetry _telemetry = new();
    private ThrowawayDatabase _database = null!;
    private BotTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _database = await ThrowawayDatabase.PostgresAsync("verkostot_telemetry");
        _host = await BotTestHost.StartAsync(new Dictionary<string, string?>(_database.Storage), _telemetry.AddTo, _time);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task ReminderSweep_RunByHangfireOnPostgreSql_HoldsNpgsqlSpansOfItsCommands()
    {
        _host.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<ReminderSweepJob>(job => job.RunAsync(CancellationToken.None));
        var run = await _telemetry.JobSpanAsync(_host.Services, "job ReminderSweepJob.RunAsync", Limit);
        _telemetry.Flush(_host.Services);

        var inRun = _telemetry.Spans.Where(s => s.TraceId == run.TraceId).ToList();
        Assert.Contains(inRun, s => s.Source.Name == "Npgsql" && s.Kind == ActivityKind.Client && s.ParentSpanId != default);
        Assert.DoesNotContain(inRun, s => s.Source.Name == "OpenTelemetry.Instrumentation.EntityFrameworkCore");
    }
}

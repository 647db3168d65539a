using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Verkostot.Core.Reminders;
using Verkostot.Core.Reminders.Notices;
using Verkostot.Core.Storage;

namespace Verkostot.Core.Tests.Reminders;

/// <summary>
/// A sweep's database statements do not grow with the meetings it reminds of: the recipients' chats are read per batch,
/// new rows inserted and outcomes recorded many to a statement. One statement a row made 18 500 of a sweep of 200 meetings.
/// </summary>
public sealed class ReminderSweepStatementTests
{
    private static readonly DateOnly MeetingDay = new(2026, 12, 14);

    [Fact]
    public async Task Sweep_FourTimesTheMeetings_IssuesTheSameNumberOfStatements()
    {
        var forThree = await StatementsOfFirstSweepAsync(meetings: 3);
        var forTwelve = await StatementsOfFirstSweepAsync(meetings: 12);

        Assert.Equal(forThree, forTwelve);
    }

    /// <summary>Meetings on one day, an hour apart, swept when their 7-day reminders are all due; every statement counted.</summary>
    private static async Task<int> StatementsOfFirstSweepAsync(int meetings)
    {
        await using var world = await ReminderWorld.SqliteAsync(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
        for (var i = 0; i < meetings; i++) await world.AddMeetingAsync(MeetingDay, new TimeOnly(8 + i, 0));
        var counter = new CommandCounter();
        var instance = world.AddInstance(world.Messenger, services =>
        {
            services.ConfigureDbContext<SqliteVerkostotDbContext>(o => o.AddInterceptors(counter));
            // All outcomes of a batch recorded at once, as rows of 3 and of 12 meetings would otherwise differ by a settle.
            services.Configure<ReminderOptions>(o => o.SettleBatchSize = 1_000);
        });
        world.At(MeetingDay.AddDays(-7), new TimeOnly(9, 0));

        await world.SweepAsync(instance);

        // The sweep did the work: every member and reachable deputy of every meeting reminded.
        Assert.Equal(3 * meetings, world.Messenger.Sent.Count(s => s.Notice is MeetingReminderNotice));
        return counter.Count;
    }

    private sealed class CommandCounter : DbCommandInterceptor
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
            Counted(result);

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            Counted(result);

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
            Counted(result);

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
            Counted(result).Result;

        public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
            Counted(result).Result;

        public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
            Counted(result).Result;

        private ValueTask<T> Counted<T>(T result)
        {
            Interlocked.Increment(ref _count);
            return ValueTask.FromResult(result);
        }
    }
}

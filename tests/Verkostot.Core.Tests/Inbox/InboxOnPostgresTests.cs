using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using Verkostot.Core.Inbox;
using Verkostot.Core.Storage;
using Verkostot.Core.Tests.Storage;

namespace Verkostot.Core.Tests.Inbox;

/// <summary>
/// Two instances storing the same activities at once on one PostgreSQL database (Teams delivers an activity to both
/// when a request times out): the other instance is a transaction of its own here, stopped at the moment that
/// matters, so that the order in which a commit takes its locks is checked every time instead of once in many runs.
/// A deadlock would fail one commit and every arrival in it with 503.
/// </summary>
public sealed class InboxOnPostgresTests(PostgresStorageFixture fixture) : IClassFixture<PostgresStorageFixture>, IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 8, 0, 0, TimeSpan.Zero);

    private InboxStore Store => fixture.Services.GetRequiredService<InboxStore>();

    private string ConnectionString => fixture.Services.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString;

    public Task InitializeAsync() => StorageInitializer.InitializeAsync(fixture.Services, CancellationToken.None);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task WriteAsync_AnotherInstanceStoringTheSameActivitiesInAnotherOrder_BothCommitAndEachKeyIsStoredOnce()
    {
        var (low, high) = TwoKeys();
        await using var other = await OtherInstanceAsync();
        await InsertAsync(other, low);

        // This instance got them the other way round; it waits for the other's first key.
        var writing = Store.WriteAsync([Row(high), Row(low)], [], Now, CancellationToken.None);
        await WaitingForALockAsync(writing);
        await InsertAsync(other, high);
        await other.Transaction.CommitAsync();

        Assert.Equal(new[] { false, false }, await writing.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal((1, 1), (await CountAsync(low), await CountAsync(high)));
    }

    [Fact]
    public async Task WriteAsync_CompletionWhileAnotherInstanceStoresThatActivityAgain_BothCommit()
    {
        var handled = Row(NewKey());
        await Store.WriteAsync([handled], [], Now, CancellationToken.None);
        var arrival = NewKey();
        await using var other = await OtherInstanceAsync();
        await InsertAsync(other, arrival);

        // This instance marks its row handled in the commit that stores an arrival the other holds, while the other
        // stores the handled activity's repeated delivery.
        var writing = Store.WriteAsync([Row(arrival)], [handled.Id], Now, CancellationToken.None);
        await WaitingForALockAsync(writing);
        await InsertAsync(other, handled.Key);
        await other.Transaction.CommitAsync();

        Assert.Equal(new[] { false }, await writing.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(Now, (await FindAsync(handled.Key)).HandledAt);
        Assert.Equal(1, await CountAsync(handled.Key));
    }

    private sealed record OtherInstance(NpgsqlConnection Connection, NpgsqlTransaction Transaction) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Transaction.DisposeAsync();
            await Connection.DisposeAsync();
        }
    }

    private async Task<OtherInstance> OtherInstanceAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return new OtherInstance(connection, await connection.BeginTransactionAsync());
    }

    // What the other instance's commit does for one arrival. A statement that had to wait for this instance's commit
    // while that commit waits for the other's would be a deadlock, which PostgreSQL breaks after deadlock_timeout
    // (1 s) by failing one of the two.
    private static async Task InsertAsync(OtherInstance other, string key)
    {
        await using var command = new NpgsqlCommand(
            """INSERT INTO "InboxActivities" ("Key", "ReceivedAt") VALUES (@key, @now) ON CONFLICT ("Key") DO NOTHING""",
            other.Connection, other.Transaction);
        command.Parameters.AddWithValue("key", key);
        command.Parameters.AddWithValue("now", Now);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Until the write has reached the point where it waits for the other instance's transaction.</summary>
    private async Task WaitingForALockAsync(Task writing)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'", connection);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((long)(await command.ExecuteScalarAsync())! == 0)
        {
            if (writing.IsCompleted) await writing; // it should have waited: surfaces why it did not
            Assert.True(DateTime.UtcNow < deadline, "the write did not wait for the other instance's transaction within 30 s");
            await Task.Delay(20);
        }
    }

    private static (string Low, string High) TwoKeys()
    {
        var keys = new[] { NewKey(), NewKey() }.Order(StringComparer.Ordinal).ToArray();
        return (keys[0], keys[1]);
    }

    private static string NewKey() => InboxKey.Of("a:conversation", Guid.NewGuid().ToString("N"));

    private static InboxActivity Row(string key) => new()
    {
        Key = key,
        ActivityId = "activity",
        ReceivedAt = Now,
        Payload = [1, 2, 3],
        Owner = Guid.NewGuid(),
        ClaimedUntil = Now.AddSeconds(30),
    };

    private async Task<InboxActivity> FindAsync(string key)
    {
        await using var db = await Contexts().CreateDbContextAsync();
        return await db.Set<InboxActivity>().AsNoTracking().SingleAsync(a => a.Key == key);
    }

    private async Task<int> CountAsync(string key)
    {
        await using var db = await Contexts().CreateDbContextAsync();
        return await db.Set<InboxActivity>().CountAsync(a => a.Key == key);
    }

    private IDbContextFactory<VerkostotDbContext> Contexts() => fixture.Services.GetRequiredService<IDbContextFactory<VerkostotDbContext>>();
}

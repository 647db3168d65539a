using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verkostot.Core.Inbox;
using Verkostot.Core.Storage;
using Verkostot.Core.Tests.Storage;

namespace Verkostot.Core.Tests.Inbox;

/// <summary>
/// The inbox on every provider: a key is stored once, handled rows keep only their key until the window ends, and a
/// row whose lease ran out goes to exactly one of the instances claiming it.
/// </summary>
public abstract class InboxStoreContract<TFixture>(TFixture fixture) : IClassFixture<TFixture>, IAsyncLifetime
    where TFixture : StorageFixture
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 8, 0, 0, TimeSpan.Zero);
    // Rows of the other tests in this class stay leased far beyond any test's "now".
    private static readonly DateTimeOffset Forever = new(2100, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private InboxStore Store => fixture.Services.GetRequiredService<InboxStore>();

    public Task InitializeAsync() => StorageInitializer.InitializeAsync(fixture.Services, CancellationToken.None);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task WriteAsync_KeyStoredAlready_IsNotStoredAgain()
    {
        var key = NewKey();
        await Store.WriteAsync([Row(key)], [], Now, CancellationToken.None);

        var stored = await Store.WriteAsync([Row(key)], [], Now, CancellationToken.None);

        Assert.Equal([false], stored);
        Assert.Equal(1, await CountAsync(key));
    }

    [Fact]
    public async Task WriteAsync_SameKeyTwiceInOneCommit_StoresItOnce()
    {
        var key = NewKey();

        var stored = await Store.WriteAsync([Row(key), Row(key), Row(NewKey())], [], Now, CancellationToken.None);

        Assert.Equal([true, false, true], stored);
        Assert.Equal(1, await CountAsync(key));
    }

    [Fact]
    public async Task WriteAsync_SameBatchSizeAgain_StoresTheNewRowsWithTheirOwnValues()
    {
        // The second commit of two rows runs the kept command of the first: it must carry the second batch's values.
        await Store.WriteAsync([Row(NewKey()), Row(NewKey())], [], Now, CancellationToken.None);
        var second = new[] { Row(NewKey(), receivedAt: Now.AddMinutes(1)), Row(NewKey(), receivedAt: Now.AddMinutes(2)) };

        var stored = await Store.WriteAsync(second, [], Now, CancellationToken.None);

        var found = new[] { await FindAsync(second[0].Key), await FindAsync(second[1].Key) };
        Assert.Equal([true, true], stored);
        Assert.Equal(second.Select(r => r.Id), found.Select(f => f.Id));
        Assert.Equal([Now.AddMinutes(1), Now.AddMinutes(2)], found.Select(f => f.ReceivedAt));
    }

    [Fact]
    public async Task WriteAsync_BatchLargerThanTheKeptCommands_StoresAndMarksEveryRow()
    {
        var rows = Enumerable.Range(0, 40).Select(_ => Row(NewKey())).ToList();

        var stored = await Store.WriteAsync(rows, [], Now, CancellationToken.None);
        await Store.WriteAsync([], rows.ConvertAll(r => r.Id), Now, CancellationToken.None);

        var handledAt = new List<DateTimeOffset?>();
        foreach (var row in rows)
        {
            handledAt.Add((await FindAsync(row.Key)).HandledAt);
        }
        Assert.All(stored, Assert.True);
        Assert.All(handledAt, at => Assert.Equal(Now, at));
    }

    [Fact]
    public async Task WriteAsync_Handled_ClearsThePayloadAndTheClaimAndKeepsTheKey()
    {
        var row = Row(NewKey());
        await Store.WriteAsync([row], [], Now, CancellationToken.None);

        await Store.WriteAsync([], [row.Id], Now, CancellationToken.None);

        var handled = await FindAsync(row.Key);
        Assert.Equal((null, null, Now), (handled.Payload, handled.Owner, handled.HandledAt));
    }

    [Fact]
    public async Task ClaimAsync_LeaseStillRunning_TakesNothing()
    {
        var after = await LastIdAsync();
        await Store.WriteAsync([Row(NewKey(), claimedUntil: Now.AddSeconds(10))], [], Now, CancellationToken.None);

        var claimed = await Store.ClaimAsync(Guid.NewGuid(), Now, Now.AddSeconds(30), evenIfLeased: false, after, 50, CancellationToken.None);

        Assert.Empty(claimed);
    }

    [Fact]
    public async Task ClaimAsync_TwoInstancesAtOnce_EachLapsedRowGoesToExactlyOne()
    {
        var after = await LastIdAsync();
        var rows = Enumerable.Range(0, 40).Select(_ => Row(NewKey(), claimedUntil: Now.AddSeconds(-1))).ToList();
        await Store.WriteAsync(rows, [], Now, CancellationToken.None);

        var claims = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
            Store.ClaimAsync(Guid.NewGuid(), Now, Now.AddSeconds(30), evenIfLeased: false, after, 50, CancellationToken.None))));

        var ids = claims.SelectMany(c => c.Select(r => r.Id)).ToList();
        Assert.Equal(rows.Select(r => r.Id).Order(), ids.Order());
        Assert.All(claims.SelectMany(c => c), r => Assert.NotNull(r.Payload));
    }

    [Fact]
    public async Task PurgeAsync_HandledRowPastTheWindow_ForgetsItsKeySoItIsStoredAgain()
    {
        var row = Row(NewKey(), receivedAt: Now.AddMinutes(-11));
        await Store.WriteAsync([row], [], Now, CancellationToken.None);
        await Store.WriteAsync([], [row.Id], Now, CancellationToken.None);

        await Store.PurgeAsync(Now.AddMinutes(-10), CancellationToken.None);
        var stored = await Store.WriteAsync([Row(row.Key)], [], Now, CancellationToken.None);

        Assert.Equal([true], stored);
    }

    [Fact]
    public async Task PurgeAsync_UnhandledRow_IsKept()
    {
        var row = Row(NewKey(), receivedAt: Now.AddMinutes(-11));
        await Store.WriteAsync([row], [], Now, CancellationToken.None);

        await Store.PurgeAsync(Now.AddMinutes(-10), CancellationToken.None);

        Assert.Equal(1, await CountAsync(row.Key));
    }

    private static string NewKey() => InboxKey.Of("a:conversation", Guid.NewGuid().ToString("N"));

    private static InboxActivity Row(string key, DateTimeOffset? claimedUntil = null, DateTimeOffset? receivedAt = null) => new()
    {
        Key = key,
        ActivityId = "activity",
        ReceivedAt = receivedAt ?? Now,
        Payload = [1, 2, 3],
        Owner = Guid.NewGuid(),
        ClaimedUntil = claimedUntil ?? Forever,
    };

    private async Task<InboxActivity> FindAsync(string key)
    {
        await using var db = await Contexts().CreateDbContextAsync();
        return await db.Set<InboxActivity>().SingleAsync(a => a.Key == key);
    }

    private async Task<int> CountAsync(string key)
    {
        await using var db = await Contexts().CreateDbContextAsync();
        return await db.Set<InboxActivity>().CountAsync(a => a.Key == key);
    }

    private async Task<long> LastIdAsync()
    {
        await using var db = await Contexts().CreateDbContextAsync();
        return await db.Set<InboxActivity>().MaxAsync(a => (long?)a.Id) ?? 0;
    }

    private IDbContextFactory<VerkostotDbContext> Contexts() => fixture.Services.GetRequiredService<IDbContextFactory<VerkostotDbContext>>();
}

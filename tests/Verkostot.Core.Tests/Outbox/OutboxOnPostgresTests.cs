using System.Collections.Concurrent;
using Verkostot.Core.Announcements;
using Verkostot.Core.Messaging;
using Verkostot.Core.Outbox;
using Verkostot.Core.Reminders;

namespace Verkostot.Core.Tests.Outbox;

/// <summary>
/// The outbox with several instances on one PostgreSQL database: what makes every feature's sending exactly-once
/// when instances race, crash, or cancel while others send.
/// </summary>
public sealed class OutboxOnPostgresTests
{
    private static readonly OutboxOutcome Delivered = OutboxOutcome.Delivered(new SentMessage("a:chat", "activity", "https://connector.test/"));

    [Fact]
    public async Task ClaimAsync_FourInstancesOverTheSameRows_EachRowClaimedByExactlyOne()
    {
        await using var world = await OutboxWorld.CreateAsync("PostgreSql");
        var instances = Enumerable.Range(0, 4).Select(_ => world.AddInstance()).ToList();
        var ids = await world.AddRemindersAsync(300);
        var claimed = new ConcurrentBag<(int Claimer, long RowId)>();
        // Waiting for the start without holding a thread: on two cores, claimers blocked on a thread-pool thread
        // started one by one as the pool grew, and the first could take all 300 rows before the others ran.
        var ready = instances.Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).ToList();
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var claimers = instances.Select((instance, claimer) => Task.Run(async () =>
        {
            ready[claimer].SetResult();
            await go.Task;
            // Every instance asks for the same lowest due rows, as sweepers started together do.
            while (await instance.ClaimDueAsync<ReminderMessage>(count: 10) is var batch && (batch.Count > 0 || claimed.Count < ids.Count))
            {
                foreach (var row in batch)
                {
                    claimed.Add((claimer, row.Id));
                }
            }
        })).ToList();
        await Task.WhenAll(ready.Select(r => r.Task));
        go.SetResult();
        await Task.WhenAll(claimers);

        Assert.Equal(ids.Order(), claimed.Select(c => c.RowId).Order());
        Assert.All(await world.RowsAsync(), r => Assert.Equal((OutboxState.Sending, 1), (r.State, r.Attempts)));
        Assert.True(claimed.Select(c => c.Claimer).Distinct().Count() > 1, "one claimer took everything, so nothing raced");
    }

    [Fact]
    public async Task ClaimAsync_BothFeaturesAtOnce_EachClaimsOnlyItsOwnRowsAndEachRowOnce()
    {
        await using var world = await OutboxWorld.CreateAsync("PostgreSql");
        var reminders = await world.AddRemindersAsync(150);
        var announcement = await world.AddAnnouncementRowsAsync(150);
        var claimedBy = new ConcurrentDictionary<long, string>();
        var duplicates = new ConcurrentBag<long>();

        async Task ClaimAllAsync<T>(OutboxWorld.Instance instance, string feature) where T : OutboxMessage
        {
            while ((await instance.ClaimDueAsync<T>(count: 20)) is { Count: > 0 } batch)
            {
                foreach (var row in batch.Where(r => !claimedBy.TryAdd(r.Id, feature)))
                {
                    duplicates.Add(row.Id);
                }
                await instance.SettleAsync(batch, Delivered);
            }
        }

        await Task.WhenAll(
            Task.Run(() => ClaimAllAsync<ReminderMessage>(world.AddInstance(), "reminder")),
            Task.Run(() => ClaimAllAsync<ReminderMessage>(world.AddInstance(), "reminder")),
            Task.Run(() => ClaimAllAsync<AnnouncementMessage>(world.AddInstance(), "announcement")),
            Task.Run(() => ClaimAllAsync<AnnouncementMessage>(world.AddInstance(), "announcement")));

        Assert.Empty(duplicates);
        Assert.All(reminders, id => Assert.Equal("reminder", claimedBy[id]));
        Assert.All(announcement, id => Assert.Equal("announcement", claimedBy[id]));
        Assert.All(await world.RowsAsync(), r => Assert.Equal((OutboxState.Sent, 1), (r.State, r.Attempts)));
    }

    [Fact]
    public async Task SettleAsync_HolderWakesAfterItsLeaseWasTakenOver_CannotChangeTheRecord()
    {
        await using var world = await OutboxWorld.CreateAsync("PostgreSql");
        var slow = world.AddInstance();
        var takeover = world.AddInstance();
        var held = await slow.ClaimAsync<ReminderMessage>(await world.AddRemindersAsync(5));
        world.Time.Advance(OutboxWorld.Lease + TimeSpan.FromSeconds(1));

        var expired = await takeover.ExpireLeasesAsync();
        await slow.SettleAsync(held, Delivered);

        Assert.Equal(5, expired);
        Assert.All(await world.RowsAsync(), r => Assert.Equal((OutboxState.InDoubt, "cut off", (string?)null), (r.State, r.LastError, r.ConversationId)));
        Assert.Empty(await takeover.ClaimDueAsync<ReminderMessage>(count: 10));
    }

    [Fact]
    public async Task ExpireLeasesAsync_ThreeInstancesAtOnce_EachRowMovedOnce()
    {
        await using var world = await OutboxWorld.CreateAsync("PostgreSql");
        var instances = Enumerable.Range(0, 3).Select(_ => world.AddInstance()).ToList();
        await instances[0].ClaimAsync<ReminderMessage>(await world.AddRemindersAsync(200));
        world.Time.Advance(OutboxWorld.Lease + TimeSpan.FromSeconds(1));

        var counts = await Task.WhenAll(instances.Select(i => Task.Run(i.ExpireLeasesAsync)));

        Assert.Equal(200, counts.Sum());
        Assert.All(await world.RowsAsync(), r => Assert.Equal(OutboxState.InDoubt, r.State));
    }

    [Fact]
    public async Task CancelPendingAsync_WhileThreeInstancesClaimAndSend_EveryRowSentOrCancelledNeverBoth()
    {
        await using var world = await OutboxWorld.CreateAsync("PostgreSql");
        var claimers = Enumerable.Range(0, 3).Select(_ => world.AddInstance()).ToList();
        var canceller = world.AddInstance();
        var ids = await world.AddAnnouncementRowsAsync(600);
        var sent = new ConcurrentBag<long>();
        var claimedAfterCancel = new ConcurrentBag<long>();
        var cancelCommitted = 0;
        var firstClaims = new TaskCompletionSource();

        var sending = claimers.Select(instance => Task.Run(async () =>
        {
            while (true)
            {
                var cancelledBefore = Volatile.Read(ref cancelCommitted) == 1;
                var batch = await instance.ClaimDueAsync<AnnouncementMessage>(count: 10);
                if (batch.Count == 0)
                {
                    return;
                }
                firstClaims.TrySetResult();
                foreach (var row in batch)
                {
                    sent.Add(row.Id);
                    if (cancelledBefore) claimedAfterCancel.Add(row.Id);
                }
                await instance.SettleAsync(batch, Delivered);
            }
        })).ToList();
        await firstClaims.Task;
        var cancelled = await canceller.CancelPendingAsync();
        Volatile.Write(ref cancelCommitted, 1);
        await Task.WhenAll(sending);

        var rows = await world.RowsAsync();
        Assert.Empty(claimedAfterCancel);
        Assert.True(cancelled > 0, "every row was claimed before the cancel, so it cancelled nothing");
        Assert.Equal(ids.Count, rows.Count(r => r.State is OutboxState.Sent or OutboxState.Cancelled));
        Assert.Equal(sent.Order(), rows.Where(r => r.State == OutboxState.Sent).Select(r => r.Id).Order());
        Assert.Equal(cancelled, rows.Count(r => r.State == OutboxState.Cancelled));
    }
}

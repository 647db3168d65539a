using System.Collections.Concurrent;
using Verkostot.Core.Announcements;
using Verkostot.Core.Messaging;
using Verkostot.Core.Outbox;

namespace Verkostot.Core.Tests.Announcements;

/// <summary>
/// The delivery ledger with several instances on one PostgreSQL database: what makes the fan-out exactly-once when
/// instances race, crash or are stopped.
/// </summary>
public sealed class LedgerOnPostgresTests
{
    private static readonly Delivery Sent = Delivery.Delivered(new SentMessage("a:chat", "activity", "https://connector.test/"));

    [Fact]
    public async Task ClaimBatchAsync_FourInstancesAtOnce_EachRowClaimedByExactlyOne()
    {
        await using var world = await PostgresLedgerWorld.CreateAsync(o => o.BatchSize = 7);
        var instances = Enumerable.Range(0, 4).Select(_ => world.AddInstance()).ToList();
        var id = await world.StartAsync(instances[0], recipients: 200);
        var claimed = new ConcurrentBag<(int Claimer, long RowId)>();

        await Task.WhenAll(instances.Select((instance, claimer) => Task.Run(async () =>
        {
            // Like a worker: claim until nothing is pending; an empty batch only means others took the candidates.
            while (true)
            {
                var batch = await instance.Ledger.ClaimBatchAsync(id, CancellationToken.None);
                foreach (var row in batch)
                {
                    claimed.Add((claimer, row.Id));
                }
                if (batch.Count == 0 && await instance.Ledger.NextAttemptAsync(id, CancellationToken.None) is null)
                {
                    return;
                }
            }
        })));

        var rows = await world.RowsAsync(id);
        Assert.Equal(200, claimed.Count);
        Assert.Equal(rows.Select(r => r.Id).Order(), claimed.Select(c => c.RowId).Order());
        Assert.All(rows, r => Assert.Equal((OutboxState.Sending, 1), (r.State, r.Attempts)));
        Assert.True(claimed.Select(c => c.Claimer).Distinct().Count() > 1, "one claimer took everything, so nothing raced");
    }

    [Fact]
    public async Task StartAsync_TwoInstancesAtOnce_StartsOnceWithOneRowPerRecipient()
    {
        await using var world = await PostgresLedgerWorld.CreateAsync();
        var first = world.AddInstance();
        var second = world.AddInstance();
        for (var round = 0; round < 5; round++)
        {
            var id = await world.ScheduleAsync(first);
            var plans = 0;
            IReadOnlyList<PlannedRecipient> Plan(Announcement _)
            {
                Interlocked.Increment(ref plans);
                return PostgresLedgerWorld.Recipients(50);
            }

            var started = await Task.WhenAll(
                Task.Run(() => first.Ledger.StartAsync(id, Plan, CancellationToken.None)),
                Task.Run(() => second.Ledger.StartAsync(id, Plan, CancellationToken.None)));

            Assert.Single(started, s => s);
            Assert.Equal(1, plans);
            Assert.Equal(50, (await world.RowsAsync(id)).Count);
            Assert.Equal(AnnouncementState.Sending, (await first.Store.GetAsync(id, CancellationToken.None))!.State);
        }
    }

    [Fact]
    public async Task AcquireWorkerAsync_CrashedWorkersLeaseNotExpired_OtherInstanceWaits()
    {
        await using var world = await PostgresLedgerWorld.CreateAsync();
        var crashed = world.AddInstance();
        var other = world.AddInstance();
        var id = await world.StartAsync(crashed, recipients: 20);
        Assert.True(await crashed.Ledger.AcquireWorkerAsync(id, Guid.NewGuid(), CancellationToken.None));
        await crashed.Ledger.ClaimBatchAsync(id, CancellationToken.None);

        world.Time.Advance(TimeSpan.FromSeconds(30));

        Assert.False(await other.Ledger.AcquireWorkerAsync(id, Guid.NewGuid(), CancellationToken.None));
        Assert.Equal(0, await other.Ledger.ExpireLeasesAsync(id, CancellationToken.None));
    }

    [Fact]
    public async Task ExpireLeasesAsync_ClaimerCrashedBetweenSendAndRecord_TakeoverFailsItsRowsAndNobodyGetsTwoCopies()
    {
        await using var world = await PostgresLedgerWorld.CreateAsync(o => o.BatchSize = 10);
        var crashed = world.AddInstance();
        var takeover = world.AddInstance();
        var id = await world.StartAsync(crashed, recipients: 40);
        var inbox = new ConcurrentDictionary<string, int>();
        // The first instance claims a batch, gets four messages to Teams and dies before recording anything.
        Assert.True(await crashed.Ledger.AcquireWorkerAsync(id, Guid.NewGuid(), CancellationToken.None));
        var cutOff = await crashed.Ledger.ClaimBatchAsync(id, CancellationToken.None);
        foreach (var row in cutOff.Take(4))
        {
            inbox.AddOrUpdate(row.RecipientKey, 1, (_, n) => n + 1);
        }

        world.Time.Advance(new AnnouncementOptions().ClaimLease + TimeSpan.FromSeconds(1));
        Assert.True(await takeover.Ledger.AcquireWorkerAsync(id, Guid.NewGuid(), CancellationToken.None));
        var abandoned = await takeover.Ledger.ExpireLeasesAsync(id, CancellationToken.None);
        await SendAllAsync(takeover.Ledger, id, inbox);

        Assert.Equal(10, abandoned);
        Assert.All(inbox, pair => Assert.Equal(1, pair.Value));
        Assert.Equal(34, inbox.Count);
        var rows = await world.RowsAsync(id);
        var cutOffIds = cutOff.Select(r => r.Id).ToHashSet();
        Assert.All(rows.Where(r => cutOffIds.Contains(r.Id)), r => Assert.Equal((OutboxState.InDoubt, DeliveryReasons.Abandoned), (r.State, r.LastError)));
        Assert.All(rows.Where(r => !cutOffIds.Contains(r.Id)), r => Assert.Equal(OutboxState.Sent, r.State));
        var report = await takeover.Ledger.ReportAsync(id, CancellationToken.None);
        Assert.Equal((40, 30, 10, 0, 0), (report.Total, report.Sent, report.Failed, report.Pending, report.Stopped));
        Assert.True(await takeover.Ledger.CompleteIfDoneAsync(id, CancellationToken.None));
    }

    [Fact]
    public async Task RecordAllAsync_CrashedClaimerWakesAfterTakeover_CannotChangeTheTakeoversRecord()
    {
        await using var world = await PostgresLedgerWorld.CreateAsync(o => o.BatchSize = 5);
        var slow = world.AddInstance();
        var takeover = world.AddInstance();
        var id = await world.StartAsync(slow, recipients: 5);
        var cutOff = await slow.Ledger.ClaimBatchAsync(id, CancellationToken.None);
        world.Time.Advance(new AnnouncementOptions().ClaimLease + TimeSpan.FromSeconds(1));
        await takeover.Ledger.ExpireLeasesAsync(id, CancellationToken.None);

        await slow.Ledger.RecordAllAsync([.. cutOff.Select(r => (r, Delivery.Failed(DeliveryStatus.TransientFailure, "503")))], CancellationToken.None);

        Assert.All(await world.RowsAsync(id), r => Assert.Equal((OutboxState.InDoubt, DeliveryReasons.Abandoned), (r.State, r.LastError)));
        Assert.Empty(await takeover.Ledger.ClaimBatchAsync(id, CancellationToken.None));
    }

    [Fact]
    public async Task ClaimBatchAsync_AfterStopCommitted_ClaimsNothingOnAnyInstance()
    {
        await using var world = await PostgresLedgerWorld.CreateAsync(o => o.BatchSize = 10);
        var sender = world.AddInstance();
        var other = world.AddInstance();
        var coordinator = world.AddInstance();
        var id = await world.StartAsync(sender, recipients: 50);
        var inFlight = await sender.Ledger.ClaimBatchAsync(id, CancellationToken.None);

        Assert.True((await coordinator.Store.StopAsync(id, world.Author, CancellationToken.None)).Done);

        Assert.Empty(await sender.Ledger.ClaimBatchAsync(id, CancellationToken.None));
        Assert.Empty(await other.Ledger.ClaimBatchAsync(id, CancellationToken.None));
        // Sends under way when the stop came finish and are recorded; a transient failure among them is not retried.
        await sender.Ledger.RecordAllAsync([.. inFlight.Select((r, i) => (r, i == 0 ? Delivery.Failed(DeliveryStatus.TransientFailure, "503") : Sent))],
            CancellationToken.None);
        Assert.Empty(await other.Ledger.ClaimBatchAsync(id, CancellationToken.None));
        await sender.Ledger.StopPendingIfStoppedAsync(id, CancellationToken.None);
        Assert.True(await sender.Ledger.CompleteIfDoneAsync(id, CancellationToken.None));
        var report = await sender.Ledger.ReportAsync(id, CancellationToken.None);
        Assert.Equal((50, 9, 0, 0, 41), (report.Total, report.Sent, report.Failed, report.Pending, report.Stopped));
        Assert.Equal(AnnouncementState.Stopped, (await sender.Store.GetAsync(id, CancellationToken.None))!.State);
    }

    [Fact]
    public async Task StopAsync_WhileFourInstancesClaim_NoClaimAfterItsCommitAndEveryRowAccountedFor()
    {
        await using var world = await PostgresLedgerWorld.CreateAsync(o => o.BatchSize = 5);
        var instances = Enumerable.Range(0, 4).Select(_ => world.AddInstance()).ToList();
        var id = await world.StartAsync(instances[0], recipients: 400);
        var stopCommitted = 0;
        var claimedAfterStop = new ConcurrentBag<long>();
        var sent = new ConcurrentBag<long>();
        var firstClaims = new TaskCompletionSource();

        var claimers = instances.Select(instance => Task.Run(async () =>
        {
            while (true)
            {
                var stoppedBefore = Volatile.Read(ref stopCommitted) == 1;
                var batch = await instance.Ledger.ClaimBatchAsync(id, CancellationToken.None);
                if (stoppedBefore)
                {
                    foreach (var row in batch)
                    {
                        claimedAfterStop.Add(row.Id);
                    }
                }
                if (batch.Count > 0)
                {
                    firstClaims.TrySetResult();
                }
                foreach (var row in batch)
                {
                    sent.Add(row.Id);
                }
                await instance.Ledger.RecordAllAsync([.. batch.Select(r => (r, Sent))], CancellationToken.None);
                if (batch.Count == 0 && await instance.Ledger.NextAttemptAsync(id, CancellationToken.None) is null)
                {
                    return;
                }
            }
        })).ToList();
        await firstClaims.Task;
        var stop = await instances[3].Store.StopAsync(id, world.Author, CancellationToken.None);
        Volatile.Write(ref stopCommitted, 1);
        await Task.WhenAll(claimers);

        Assert.True(stop.Done);
        Assert.Empty(claimedAfterStop);
        var report = await instances[0].Ledger.ReportAsync(id, CancellationToken.None);
        Assert.True(report.Stopped > 0, "every row was claimed before the stop, so it stopped nothing");
        Assert.Equal((400, sent.Count, 0, 0), (report.Total, report.Sent, report.Failed, report.Pending));
        Assert.Equal(400, report.Sent + report.Stopped);
    }

    [Fact]
    public async Task StopAsync_RacingClaimsOverRowsWaitingForRetries_NeitherSideDeadlocks()
    {
        await using var world = await PostgresLedgerWorld.CreateAsync(o => o.BatchSize = 30);
        var instances = Enumerable.Range(0, 5).Select(_ => world.AddInstance()).ToList();
        for (var round = 0; round < 10; round++)
        {
            var id = await world.StartAsync(instances[0], recipients: 300);
            // A throttled first round: every row waits for its retry, at jittered times that no longer follow row order.
            while (await instances[0].Ledger.ClaimBatchAsync(id, CancellationToken.None) is { Count: > 0 } batch)
            {
                await instances[0].Ledger.RecordAllAsync([.. batch.Select(r => (r, Delivery.Failed(DeliveryStatus.TransientFailure, "429")))], CancellationToken.None);
            }
            world.Time.Advance(TimeSpan.FromMinutes(1));
            using var go = new ManualResetEventSlim();

            var claims = instances.Take(4).Select(instance => Task.Run(async () =>
            {
                go.Wait();
                while ((await instance.Ledger.ClaimBatchAsync(id, CancellationToken.None)).Count > 0)
                {
                }
            }));
            var stop = Task.Run(() =>
            {
                go.Wait();
                return instances[4].Store.StopAsync(id, world.Author, CancellationToken.None);
            });
            go.Set();
            await Task.WhenAll(claims.Append(stop));

            Assert.True((await stop).Done);
            var report = await instances[0].Ledger.ReportAsync(id, CancellationToken.None);
            Assert.Equal(300, report.Pending + report.Stopped);
        }
    }

    private static async Task SendAllAsync(DeliveryLedger ledger, Guid id, ConcurrentDictionary<string, int> inbox)
    {
        while (await ledger.ClaimBatchAsync(id, CancellationToken.None) is { Count: > 0 } batch)
        {
            foreach (var row in batch)
            {
                inbox.AddOrUpdate(row.RecipientKey, 1, (_, n) => n + 1);
            }
            await ledger.RecordAllAsync([.. batch.Select(r => (r, Sent))], CancellationToken.None);
        }
    }
}

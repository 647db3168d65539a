using Verkostot.Core.Announcements;
using Verkostot.Core.Messaging;
using Verkostot.Core.Outbox;
using Verkostot.Core.Reminders;

namespace Verkostot.Core.Tests.Outbox;

/// <summary>The claim, lease and settle rules of the outbox, on both providers.</summary>
public sealed class OutboxTests
{
    private static readonly SentMessage Message = new("a:chat", "activity-1", "https://connector.test/");

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task ClaimAsync_RowAlreadyClaimed_SecondClaimGetsNothing(string provider)
    {
        await using var world = await OutboxWorld.CreateAsync(provider);
        var instance = world.AddInstance();
        var ids = await world.AddRemindersAsync(3);

        var first = await instance.ClaimAsync<ReminderMessage>(ids);
        var second = await instance.ClaimAsync<ReminderMessage>(ids);

        Assert.Equal(ids, first.Select(r => r.Id));
        Assert.Empty(second);
        Assert.All(await world.RowsAsync(), r => Assert.Equal((OutboxState.Sending, 1), (r.State, r.Attempts)));
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task ClaimAsync_OtherFeaturesIds_ClaimsOnlyItsOwnRows(string provider)
    {
        await using var world = await OutboxWorld.CreateAsync(provider);
        var instance = world.AddInstance();
        var reminders = await world.AddRemindersAsync(2);
        var announcement = await world.AddAnnouncementRowsAsync(2);

        var claimed = await instance.ClaimAsync<AnnouncementMessage>([.. reminders, .. announcement]);

        Assert.Equal(announcement, claimed.Select(r => r.Id));
        Assert.All((await world.RowsAsync()).Where(r => reminders.Contains(r.Id)), r => Assert.Equal(OutboxState.Pending, r.State));
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task ClaimAsync_BeforeItsRetryTime_ClaimsNothingUntilThen(string provider)
    {
        await using var world = await OutboxWorld.CreateAsync(provider);
        var instance = world.AddInstance();
        var ids = await world.AddRemindersAsync(1);
        var row = Assert.Single(await instance.ClaimAsync<ReminderMessage>(ids));
        await instance.SettleAsync([row], OutboxOutcome.Retry(world.Time.GetUtcNow().AddMinutes(2), "429"));

        world.Time.Advance(TimeSpan.FromMinutes(1));
        var early = await instance.ClaimAsync<ReminderMessage>(ids);
        world.Time.Advance(TimeSpan.FromMinutes(1));
        var onTime = await instance.ClaimAsync<ReminderMessage>(ids);

        Assert.Empty(early);
        Assert.Equal(2, Assert.Single(onTime).Attempts);
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task SettleAsync_HandedOverToEmail_PendingInTheEmailLaneWithAttemptsCountedAfresh(string provider)
    {
        await using var world = await OutboxWorld.CreateAsync(provider);
        var instance = world.AddInstance();
        var ids = await world.AddRemindersAsync(1);
        var row = Assert.Single(await instance.ClaimAsync<ReminderMessage>(ids));

        await instance.SettleAsync([row], OutboxOutcome.Handover(DeliveryChannel.Email, "no-personal-chat"));

        var handed = await world.RowAsync(row.Id);
        Assert.Equal((OutboxState.Pending, DeliveryChannel.Email, 0, "no-personal-chat"), (handed.State, handed.Channel, handed.Attempts, handed.LastError));
        await using var db = world.Db();
        var outbox = instance.Outbox;
        Assert.Empty(outbox.Due(db.Set<ReminderMessage>(), DeliveryChannel.Teams).ToList());
        Assert.Equal([row.Id], outbox.Due(db.Set<ReminderMessage>(), DeliveryChannel.Email).Select(r => r.Id).ToList());
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task SettleAsync_DeliveredByEmail_RecordsTheChannelThatDelivered(string provider)
    {
        await using var world = await OutboxWorld.CreateAsync(provider);
        var instance = world.AddInstance();
        var ids = await world.AddRemindersAsync(1);
        await instance.SettleAsync([Assert.Single(await instance.ClaimAsync<ReminderMessage>(ids))], OutboxOutcome.Handover(DeliveryChannel.Email, "no-personal-chat"));
        var row = Assert.Single(await instance.ClaimAsync<ReminderMessage>(ids));

        await instance.SettleAsync([row], OutboxOutcome.Delivered(new SentMessage("<id@mail>", "", "email"), DeliveryChannel.Email));

        var settled = await world.RowAsync(row.Id);
        Assert.Equal((OutboxState.Sent, DeliveryChannel.Email, 1, (string?)null), (settled.State, settled.Channel, settled.Attempts, settled.LastError));
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task SettleAsync_Delivered_RecordsWhereTheMessageIsAndWhen(string provider)
    {
        await using var world = await OutboxWorld.CreateAsync(provider);
        var instance = world.AddInstance();
        var row = Assert.Single(await instance.ClaimAsync<ReminderMessage>(await world.AddRemindersAsync(1)));

        await instance.SettleAsync([row], OutboxOutcome.Delivered(Message));

        var settled = await world.RowAsync(row.Id);
        Assert.Equal((OutboxState.Sent, "a:chat", "activity-1", (Guid?)null, (string?)null), (settled.State, settled.ConversationId, settled.ActivityId, settled.ClaimToken, settled.LastError));
        Assert.Equal(world.Time.GetUtcNow(), settled.CompletedAt);
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task SettleAsync_HandedBack_NotAnAttemptAndKeepsTheLastReason(string provider)
    {
        await using var world = await OutboxWorld.CreateAsync(provider);
        var instance = world.AddInstance();
        var ids = await world.AddRemindersAsync(1);
        await instance.SettleAsync(await instance.ClaimAsync<ReminderMessage>(ids), OutboxOutcome.Retry(world.Time.GetUtcNow(), "503"));

        await instance.SettleAsync(await instance.ClaimAsync<ReminderMessage>(ids), OutboxOutcome.HandedBack());

        var row = await world.RowAsync(ids[0]);
        Assert.Equal((OutboxState.Pending, 1, "503", (DateTimeOffset?)null), (row.State, row.Attempts, row.LastError, row.CompletedAt));
        Assert.Single(await instance.ClaimAsync<ReminderMessage>(ids));
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task ExpireLeasesAsync_OnlyAfterTheLease_PutsTheRowInDoubt(string provider)
    {
        await using var world = await OutboxWorld.CreateAsync(provider);
        var instance = world.AddInstance();
        var row = Assert.Single(await instance.ClaimAsync<ReminderMessage>(await world.AddRemindersAsync(1)));

        world.Time.Advance(OutboxWorld.Lease - TimeSpan.FromSeconds(1));
        var withinLease = await instance.ExpireLeasesAsync();
        world.Time.Advance(TimeSpan.FromSeconds(2));
        var afterLease = await instance.ExpireLeasesAsync();

        Assert.Equal((0, 1), (withinLease, afterLease));
        var settled = await world.RowAsync(row.Id);
        Assert.Equal((OutboxState.InDoubt, "cut off"), (settled.State, settled.LastError));
        Assert.Empty(await instance.ClaimAsync<ReminderMessage>([row.Id]));
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task CancelPendingAsync_RowBeingSent_IsLeftToItsSender(string provider)
    {
        await using var world = await OutboxWorld.CreateAsync(provider);
        var instance = world.AddInstance();
        var ids = await world.AddAnnouncementRowsAsync(3);
        var sending = Assert.Single(await instance.ClaimAsync<AnnouncementMessage>([ids[0]]));

        var cancelled = await instance.CancelPendingAsync();
        await instance.SettleAsync([sending], OutboxOutcome.Delivered(Message));

        Assert.Equal(2, cancelled);
        Assert.Equal([OutboxState.Sent, OutboxState.Cancelled, OutboxState.Cancelled], (await world.RowsAsync()).Select(r => r.State));
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task CancelPendingAsync_WithoutReason_KeepsTheReasonOfTheFailedAttempt(string provider)
    {
        await using var world = await OutboxWorld.CreateAsync(provider);
        var instance = world.AddInstance();
        var ids = await world.AddAnnouncementRowsAsync(1);
        await instance.SettleAsync(await instance.ClaimAsync<AnnouncementMessage>(ids), OutboxOutcome.Retry(world.Time.GetUtcNow().AddMinutes(1), "Teams ei ottanut viestiä vastaan."));

        await instance.CancelPendingAsync(reason: null);

        var row = await world.RowAsync(ids[0]);
        Assert.Equal((OutboxState.Cancelled, "Teams ei ottanut viestiä vastaan."), (row.State, row.LastError));
    }

    [Theory]
    [InlineData(DeliveryStatus.Unreachable, null, OutboxState.Unreachable)]
    [InlineData(DeliveryStatus.PermanentFailure, null, OutboxState.Failed)]
    [InlineData(DeliveryStatus.TransientFailure, null, OutboxState.Failed)]
    [InlineData(DeliveryStatus.TransientFailure, 5, OutboxState.Pending)]
    public void Of_FailedDelivery_StateForEveryFeature(DeliveryStatus status, int? retryInMinutes, OutboxState expected)
    {
        var now = new DateTimeOffset(2026, 12, 1, 7, 0, 0, TimeSpan.Zero);

        var outcome = OutboxOutcome.Of(Delivery.Failed(status, "code"), "syy", retryInMinutes is { } m ? now.AddMinutes(m) : null);

        Assert.Equal((expected, "syy"), (outcome.State, outcome.Reason));
        Assert.Equal(retryInMinutes is { } minutes ? now.AddMinutes(minutes) : null, outcome.RetryAt);
    }

    [Fact]
    public void Of_SendThatThrew_InDoubtNeverRetried()
    {
        var outcome = OutboxOutcome.Of(Delivery.Failed(DeliveryStatus.PermanentFailure, DeliveryProblemCodes.SendCrashed), "kaatui", DateTimeOffset.UtcNow);

        Assert.Equal((OutboxState.InDoubt, (DateTimeOffset?)null), (outcome.State, outcome.RetryAt));
    }

    [Fact]
    public void Settled_VeryLongReason_CutToWhatTheColumnHolds()
    {
        var outcome = OutboxOutcome.Settled(OutboxState.Failed, new string('x', 2000));

        Assert.Equal(OutboxOutcome.ReasonMaxLength, outcome.Reason!.Length);
    }
}

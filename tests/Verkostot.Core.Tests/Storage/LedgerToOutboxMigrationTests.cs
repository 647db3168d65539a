using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Verkostot.Core.Announcements;
using Verkostot.Core.Outbox;
using Verkostot.Core.Reminders;
using Verkostot.Core.Storage;
using Verkostot.Core.Tests.Outbox;

namespace Verkostot.Core.Tests.Storage;

/// <summary>
/// An installation upgraded from the two ledgers (ReminderLedger, AnnouncementDeliveries) to the one outbox keeps
/// every row: nothing pending is lost, nothing sent is sent again, and reminder cards already in Teams still work.
/// </summary>
public sealed class LedgerToOutboxMigrationTests
{
    private static readonly DateTimeOffset Claimed = new(2026, 12, 1, 7, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Due = Claimed.AddMinutes(-5);
    private static readonly DateTimeOffset Retry = Claimed.AddMinutes(4);
    private static readonly DateTimeOffset Meeting = Claimed.AddDays(1);
    private static readonly DateTimeOffset MovedFrom = Claimed.AddDays(2);

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task Migrate_RemindersOfTheOldLedger_KeepTheirIdsAndEveryField(string provider)
    {
        await using var world = await UpgradedAsync(provider);

        var rows = (await world.RowsAsync()).OfType<ReminderMessage>().ToDictionary(r => r.Id);

        Assert.Equal([41L, 42L, 57L], rows.Keys.Order());
        var pending = rows[41];
        Assert.Equal((7, "mirja", ReminderPurpose.Reminder, "reminder/1d", 1, OutboxState.Pending, 1, "503"),
            (pending.MeetingId, pending.PersonId, pending.Purpose, pending.Key, pending.OffsetDays, pending.State, pending.Attempts, pending.LastError));
        Assert.Equal((Due, Retry, Meeting, DeliveryChannel.Teams), (pending.DueAt, pending.RetryAt, pending.PlannedFor, pending.Channel));
        var moved = rows[57];
        Assert.Equal((OutboxState.Sent, "a:chat-mirja", "activity-57", Claimed, MovedFrom, 1),
            (moved.State, moved.ConversationId, moved.ActivityId, moved.CompletedAt, moved.PreviousStartsAt, moved.Attempts));
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task Migrate_ReminderBeingSentAtTheUpgrade_InDoubtAfterItsLeaseNeverResent(string provider)
    {
        await using var world = await UpgradedAsync(provider);
        var instance = world.AddInstance();
        var invitation = (ReminderMessage)await world.RowAsync(42);

        world.Time.SetUtcNow(Claimed.AddMinutes(9));
        var withinLease = await instance.ExpireLeasesAsync();
        world.Time.SetUtcNow(Claimed.AddMinutes(11));
        var afterLease = await instance.ExpireLeasesAsync();

        Assert.Equal((OutboxState.Sending, null, Claimed.AddMinutes(10), 1, "mirja"),
            (invitation.State, invitation.ClaimToken, invitation.LeaseUntil, invitation.Attempts, invitation.AboutPersonId));
        Assert.Equal((0, 1), (withinLease, afterLease));
        Assert.Equal(OutboxState.InDoubt, (await world.RowAsync(42)).State);
        Assert.Empty(await instance.ClaimAsync<ReminderMessage>([42]));
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task Migrate_AnnouncementDeliveries_MoveWithTheirStatesInTheOutboxWords(string provider)
    {
        await using var world = await UpgradedAsync(provider);

        var rows = (await world.RowsAsync()).OfType<AnnouncementMessage>().OrderBy(r => r.Id).ToList();

        Assert.Equal(["channel:team/channel", "person:a", "person:b", "person:c", "person:d"], rows.Select(r => r.RecipientKey));
        Assert.Equal([OutboxState.Pending, OutboxState.Sending, OutboxState.Cancelled, OutboxState.Failed, OutboxState.Sent], rows.Select(r => r.State));
        Assert.All(rows, r => Assert.True(r.Id > 57, "an announcement row took an id a reminder keeps"));
        Assert.Equal((RecipientKind.Channel, "team", "channel", "Verkosto", Retry, 1, "Teams ei vastannut."),
            (rows[0].Kind, rows[0].TeamId, rows[0].ChannelId, rows[0].RecipientName, rows[0].DueAt, rows[0].Attempts, rows[0].LastError));
        Assert.Equal((Claimed.AddMinutes(30), rows[1].AnnouncementId), (rows[1].LeaseUntil, rows[1].ClaimToken));
        Assert.Equal(("a", "aad-a"), (rows[1].PersonId, rows[1].EntraObjectId));
        Assert.Equal(("a:chat-d", "activity-d", Claimed), (rows[4].ConversationId, rows[4].ActivityId, rows[4].CompletedAt));
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task Migrate_NewRowAfterTheUpgrade_GetsAnIdAfterEveryMovedRow(string provider)
    {
        await using var world = await UpgradedAsync(provider);
        var before = (await world.RowsAsync()).Max(r => r.Id);

        var added = await world.AddRemindersAsync(1, meetingId: 8);

        Assert.True(added[0] > before, $"new row {added[0]} reuses an id up to {before}");
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task MigrateBack_ToTheLedgers_RowsReturnToTheirOldTables(string provider)
    {
        await using var world = await UpgradedAsync(provider);
        await using var db = world.Db();

        await db.GetService<IMigrator>().MigrateAsync(PreviousMigration(db));

        Assert.Equal(["Pending", "Sending", "Sent"], await db.Database.SqlQueryRaw<string>("""SELECT "State" AS "Value" FROM "ReminderLedger" ORDER BY "Id" """).ToListAsync());
        Assert.Equal(["Pending", "InFlight", "Stopped", "Failed", "Sent"],
            await db.Database.SqlQueryRaw<string>("""SELECT "State" AS "Value" FROM "AnnouncementDeliveries" ORDER BY "Id" """).ToListAsync());
    }

    /// <summary>A database at the migration before the outbox, with rows in both ledgers, then migrated to now.</summary>
    private static async Task<OutboxWorld> UpgradedAsync(string provider)
    {
        var world = await OutboxWorld.CreateAsync(provider, migrate: false);
        world.Time.SetUtcNow(Claimed);
        await using var db = world.Db();
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(PreviousMigration(db));
        await FillOldLedgersAsync(db, world.IsPostgres);
        await migrator.MigrateAsync();
        return world;
    }

    private static string PreviousMigration(VerkostotDbContext db)
    {
        var migrations = db.Database.GetMigrations().ToList();
        return migrations[migrations.FindIndex(m => m.EndsWith("_MoveLedgersToOutbox", StringComparison.Ordinal)) - 1];
    }

    private static async Task FillOldLedgersAsync(VerkostotDbContext db, bool postgres)
    {
        // Instants as each provider stores them (SQLite: EF's binary DateTimeOffset).
        object At(DateTimeOffset instant) => postgres ? instant : new DateTimeOffsetToBinaryConverter().ConvertToProvider(instant)!;
        db.Add(new Announcement
        {
            Id = Guid.NewGuid(),
            NetworkId = "verkosto",
            AuthorPersonId = "k",
            AuthorEntraObjectId = "aad-k",
            Title = "Tiedote",
            Text = "Teksti",
            State = AnnouncementState.Sending,
            CreatedAt = Claimed,
        });
        await db.SaveChangesAsync();
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "ReminderLedger" ("Id", "MeetingId", "PersonId", "Purpose", "Key", "OffsetDays", "DueAt", "PlannedFor", "State", "Attempts", "RetryAt", "LastError")
            VALUES (41, 7, 'mirja', 'Reminder', 'reminder/1d', 1, {0}, {1}, 'Pending', 1, {2}, '503');
            INSERT INTO "ReminderLedger" ("Id", "MeetingId", "PersonId", "Purpose", "Key", "OffsetDays", "DueAt", "PlannedFor", "AboutPersonId", "State", "ClaimToken", "ClaimedAt", "Attempts")
            VALUES (42, 7, 'dora', 'DeputyInvitation', 'deputy/mirja', 0, {0}, {1}, 'mirja', 'Sending', 'a1b2c3', {3}, 0);
            INSERT INTO "ReminderLedger" ("Id", "MeetingId", "PersonId", "Purpose", "Key", "OffsetDays", "DueAt", "PlannedFor", "PreviousStartsAt", "State", "Attempts", "SentAt", "ConversationId", "ActivityId")
            VALUES (57, 7, 'mirja', 'Moved', 'moved/1', 0, {0}, {1}, {4}, 'Sent', 0, {3}, 'a:chat-mirja', 'activity-57');
            """, At(Due), At(Meeting), At(Retry), At(Claimed), At(MovedFrom));
        // The announcement's id doubles as the claim token: any Guid, in the form the provider stores it.
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "AnnouncementDeliveries" ("AnnouncementId", "RecipientKey", "Kind", "RecipientName", "TeamId", "ChannelId", "State", "Attempts", "NextAttemptAt", "FailureReason")
            SELECT "Id", 'channel:team/channel', 'Channel', 'Verkosto', 'team', 'channel', 'Pending', 1, {0}, 'Teams ei vastannut.' FROM "Announcements";
            INSERT INTO "AnnouncementDeliveries" ("AnnouncementId", "RecipientKey", "Kind", "PersonId", "RecipientName", "EntraObjectId", "State", "Attempts", "NextAttemptAt", "ClaimToken", "ClaimedUntil")
            SELECT "Id", 'person:a', 'Person', 'a', 'A', 'aad-a', 'InFlight', 1, {1}, "Id", {2} FROM "Announcements";
            INSERT INTO "AnnouncementDeliveries" ("AnnouncementId", "RecipientKey", "Kind", "PersonId", "RecipientName", "State", "Attempts", "NextAttemptAt", "CompletedAt")
            SELECT "Id", 'person:b', 'Person', 'b', 'B', 'Stopped', 0, {1}, {3} FROM "Announcements";
            INSERT INTO "AnnouncementDeliveries" ("AnnouncementId", "RecipientKey", "Kind", "PersonId", "RecipientName", "State", "Attempts", "NextAttemptAt", "FailureReason", "CompletedAt")
            SELECT "Id", 'person:c', 'Person', 'c', 'C', 'Failed', 1, {1}, 'Teams hylkäsi viestin.', {3} FROM "Announcements";
            INSERT INTO "AnnouncementDeliveries" ("AnnouncementId", "RecipientKey", "Kind", "PersonId", "RecipientName", "State", "Attempts", "NextAttemptAt", "SentConversationId", "SentActivityId", "CompletedAt")
            SELECT "Id", 'person:d', 'Person', 'd', 'D', 'Sent', 1, {1}, 'a:chat-d', 'activity-d', {3} FROM "Announcements";
            """, At(Retry), At(Due), At(Claimed.AddMinutes(30)), At(Claimed));
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Verkostot.Core.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MoveLedgersToOutbox : Migration
    {
        // The old reminder claim tokens were strings; a row Sending at the upgrade has no live holder anyway, so it
        // gets no token, and its lease ends ten minutes (ReminderOptions.ClaimLease's default) after its claim; then it
        // is in doubt, as before. Attempts now counts sends begun, the claim included.
        // (Instants are EF's binary DateTimeOffset here, (ticks / 1000) << 11: ten minutes is 12288000000.)
        private const string MoveReminders = """
            INSERT INTO "Outbox" ("Id", "Feature", "Channel", "State", "DueAt", "RetryAt", "Attempts", "ClaimToken", "LeaseUntil",
                "CompletedAt", "ConversationId", "ActivityId", "LastError", "MeetingId", "PersonId", "Purpose", "Key", "OffsetDays", "PlannedFor", "PreviousStartsAt", "AboutPersonId")
            SELECT "Id", 'reminder', 'Teams', "State", "DueAt", "RetryAt",
                CASE WHEN "State" IN ('Sending', 'Sent', 'Unreachable', 'Failed', 'InDoubt') THEN "Attempts" + 1 ELSE "Attempts" END,
                NULL,
                CASE WHEN "State" = 'Sending' THEN COALESCE("ClaimedAt", "DueAt") + 12288000000 END,
                CASE WHEN "State" = 'Sent' THEN "SentAt" WHEN "State" IN ('Unreachable', 'Failed', 'InDoubt') THEN "ClaimedAt" END,
                "ConversationId", "ActivityId", "LastError", "MeetingId", "PersonId", "Purpose", "Key", "OffsetDays", "PlannedFor", "PreviousStartsAt", "AboutPersonId"
            FROM "ReminderLedger"
            ORDER BY "Id"
            """;

        // InFlight is now Sending, and a stopped row is Cancelled.
        private const string MoveAnnouncementDeliveries = """
            INSERT INTO "Outbox" ("Feature", "Channel", "State", "DueAt", "RetryAt", "Attempts", "ClaimToken", "LeaseUntil",
                "CompletedAt", "ConversationId", "ActivityId", "LastError", "AnnouncementId", "RecipientKey", "Kind", "PersonId", "RecipientName", "EntraObjectId", "TeamId", "ChannelId")
            SELECT 'announcement', 'Teams',
                CASE "State" WHEN 'InFlight' THEN 'Sending' WHEN 'Stopped' THEN 'Cancelled' ELSE "State" END,
                "NextAttemptAt", NULL, "Attempts", "ClaimToken", "ClaimedUntil",
                "CompletedAt", "SentConversationId", "SentActivityId", "FailureReason", "AnnouncementId", "RecipientKey", "Kind", "PersonId", "RecipientName", "EntraObjectId", "TeamId", "ChannelId"
            FROM "AnnouncementDeliveries"
            ORDER BY "Id"
            """;

        private const string MoveRemindersBack = """
            INSERT INTO "ReminderLedger" ("Id", "State", "DueAt", "RetryAt", "Attempts", "ClaimToken", "ClaimedAt",
                "SentAt", "ConversationId", "ActivityId", "LastError", "MeetingId", "PersonId", "Purpose", "Key", "OffsetDays", "PlannedFor", "PreviousStartsAt", "AboutPersonId")
            SELECT "Id", "State", "DueAt", "RetryAt",
                CASE WHEN "State" IN ('Sending', 'Sent', 'Unreachable', 'Failed', 'InDoubt') AND "Attempts" > 0 THEN "Attempts" - 1 ELSE "Attempts" END,
                NULL,
                CASE WHEN "State" = 'Sending' THEN "LeaseUntil" - 12288000000 END,
                CASE WHEN "State" = 'Sent' THEN "CompletedAt" END,
                "ConversationId", "ActivityId", "LastError", "MeetingId", "PersonId", "Purpose", "Key", "OffsetDays", "PlannedFor", "PreviousStartsAt", "AboutPersonId"
            FROM "Outbox"
            WHERE "Feature" = 'reminder'
            """;

        private const string MoveAnnouncementDeliveriesBack = """
            INSERT INTO "AnnouncementDeliveries" ("Id", "State", "NextAttemptAt", "Attempts", "ClaimToken", "ClaimedUntil",
                "CompletedAt", "SentConversationId", "SentActivityId", "FailureReason", "AnnouncementId", "RecipientKey", "Kind", "PersonId", "RecipientName", "EntraObjectId", "TeamId", "ChannelId")
            SELECT "Id",
                CASE WHEN "State" = 'Sending' THEN 'InFlight' WHEN "State" IN ('Cancelled', 'Expired') THEN 'Stopped'
                    WHEN "State" IN ('Unreachable', 'InDoubt') THEN 'Failed' ELSE "State" END,
                COALESCE("RetryAt", "DueAt"), "Attempts", "ClaimToken", "LeaseUntil",
                "CompletedAt", "ConversationId", "ActivityId", "LastError", "AnnouncementId", "RecipientKey", "Kind", "PersonId", "RecipientName", "EntraObjectId", "TeamId", "ChannelId"
            FROM "Outbox"
            WHERE "Feature" = 'announcement'
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Outbox",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RetryAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    ClaimToken = table.Column<Guid>(type: "TEXT", nullable: true),
                    LeaseUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ConversationId = table.Column<string>(type: "TEXT", nullable: true),
                    ActivityId = table.Column<string>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Feature = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AnnouncementId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecipientKey = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    PersonId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RecipientName = table.Column<string>(type: "TEXT", nullable: true),
                    EntraObjectId = table.Column<string>(type: "TEXT", nullable: true),
                    TeamId = table.Column<string>(type: "TEXT", nullable: true),
                    ChannelId = table.Column<string>(type: "TEXT", nullable: true),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: true),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    OffsetDays = table.Column<int>(type: "INTEGER", nullable: true),
                    PlannedFor = table.Column<long>(type: "INTEGER", nullable: true),
                    PreviousStartsAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AboutPersonId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Outbox", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Outbox_Announcements_AnnouncementId",
                        column: x => x.AnnouncementId,
                        principalTable: "Announcements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_AnnouncementId_RecipientKey",
                table: "Outbox",
                columns: new[] { "AnnouncementId", "RecipientKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_AnnouncementId_State",
                table: "Outbox",
                columns: new[] { "AnnouncementId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_MeetingId_PersonId_Key",
                table: "Outbox",
                columns: new[] { "MeetingId", "PersonId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_State_DueAt",
                table: "Outbox",
                columns: new[] { "State", "DueAt" });

            // Every row moves, so an upgraded installation loses no pending reminder or delivery. Reminder rows keep
            // their ids: the RSVP buttons of reminders already in Teams carry them.
            migrationBuilder.Sql(MoveReminders);
            migrationBuilder.Sql(MoveAnnouncementDeliveries);

            migrationBuilder.DropTable(
                name: "AnnouncementDeliveries");

            migrationBuilder.DropTable(
                name: "ReminderLedger");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AnnouncementDeliveries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AnnouncementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    ChannelId = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimToken = table.Column<Guid>(type: "TEXT", nullable: true),
                    ClaimedUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EntraObjectId = table.Column<string>(type: "TEXT", nullable: true),
                    FailureReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<string>(type: "TEXT", nullable: true),
                    RecipientKey = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    RecipientName = table.Column<string>(type: "TEXT", nullable: false),
                    SentActivityId = table.Column<string>(type: "TEXT", nullable: true),
                    SentConversationId = table.Column<string>(type: "TEXT", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TeamId = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnnouncementDeliveries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AnnouncementDeliveries_Announcements_AnnouncementId",
                        column: x => x.AnnouncementId,
                        principalTable: "Announcements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReminderLedger",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AboutPersonId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ActivityId = table.Column<string>(type: "TEXT", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    ClaimToken = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ClaimedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ConversationId = table.Column<string>(type: "TEXT", nullable: true),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    OffsetDays = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PlannedFor = table.Column<long>(type: "INTEGER", nullable: false),
                    PreviousStartsAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RetryAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReminderLedger", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AnnouncementDeliveries_AnnouncementId_RecipientKey",
                table: "AnnouncementDeliveries",
                columns: new[] { "AnnouncementId", "RecipientKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AnnouncementDeliveries_AnnouncementId_State_NextAttemptAt",
                table: "AnnouncementDeliveries",
                columns: new[] { "AnnouncementId", "State", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ReminderLedger_MeetingId_PersonId_Key",
                table: "ReminderLedger",
                columns: new[] { "MeetingId", "PersonId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReminderLedger_State_DueAt",
                table: "ReminderLedger",
                columns: new[] { "State", "DueAt" });

            migrationBuilder.Sql(MoveRemindersBack);
            migrationBuilder.Sql(MoveAnnouncementDeliveriesBack);

            migrationBuilder.DropTable(
                name: "Outbox");
        }
    }
}

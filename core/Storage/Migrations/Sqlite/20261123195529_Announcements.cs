using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Verkostot.Core.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Announcements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Announcements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AuthorPersonId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AuthorEntraObjectId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    LinkUrl = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Audience = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ScheduledFor = table.Column<long>(type: "INTEGER", nullable: true),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReportConversationId = table.Column<string>(type: "TEXT", nullable: true),
                    ReportEndpoint = table.Column<string>(type: "TEXT", nullable: true),
                    ReportActivityId = table.Column<string>(type: "TEXT", nullable: true),
                    FinalReportAt = table.Column<long>(type: "INTEGER", nullable: true),
                    WorkerToken = table.Column<Guid>(type: "TEXT", nullable: true),
                    WorkerLeaseUntil = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Announcements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AnnouncementDeliveries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AnnouncementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecipientKey = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PersonId = table.Column<string>(type: "TEXT", nullable: true),
                    RecipientName = table.Column<string>(type: "TEXT", nullable: false),
                    EntraObjectId = table.Column<string>(type: "TEXT", nullable: true),
                    TeamId = table.Column<string>(type: "TEXT", nullable: true),
                    ChannelId = table.Column<string>(type: "TEXT", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClaimToken = table.Column<Guid>(type: "TEXT", nullable: true),
                    ClaimedUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    FailureReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SentConversationId = table.Column<string>(type: "TEXT", nullable: true),
                    SentActivityId = table.Column<string>(type: "TEXT", nullable: true),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true)
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
                name: "IX_Announcements_NetworkId_CreatedAt",
                table: "Announcements",
                columns: new[] { "NetworkId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Announcements_State_ScheduledFor",
                table: "Announcements",
                columns: new[] { "State", "ScheduledFor" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AnnouncementDeliveries");

            migrationBuilder.DropTable(
                name: "Announcements");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Verkostot.Core.Storage.Migrations.Postgres
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AuthorPersonId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AuthorEntraObjectId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    LinkUrl = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Audience = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ScheduledFor = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    FinishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReportConversationId = table.Column<string>(type: "text", nullable: true),
                    ReportEndpoint = table.Column<string>(type: "text", nullable: true),
                    ReportActivityId = table.Column<string>(type: "text", nullable: true),
                    FinalReportAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    WorkerToken = table.Column<Guid>(type: "uuid", nullable: true),
                    WorkerLeaseUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Announcements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AnnouncementDeliveries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AnnouncementId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecipientKey = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PersonId = table.Column<string>(type: "text", nullable: true),
                    RecipientName = table.Column<string>(type: "text", nullable: false),
                    EntraObjectId = table.Column<string>(type: "text", nullable: true),
                    TeamId = table.Column<string>(type: "text", nullable: true),
                    ChannelId = table.Column<string>(type: "text", nullable: true),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ClaimToken = table.Column<Guid>(type: "uuid", nullable: true),
                    ClaimedUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    FailureReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    SentConversationId = table.Column<string>(type: "text", nullable: true),
                    SentActivityId = table.Column<string>(type: "text", nullable: true),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
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

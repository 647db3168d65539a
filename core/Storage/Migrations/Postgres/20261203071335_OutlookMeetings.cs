using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Verkostot.Core.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OutlookMeetings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "OutlookCalendar",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DeltaLink = table.Column<string>(type: "text", nullable: true),
                    WindowStart = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LeaseUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LeaseHolder = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutlookCalendar", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutlookMeetings",
                columns: table => new
                {
                    MeetingId = table.Column<int>(type: "integer", nullable: false),
                    TransactionId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EventId = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SentHash = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    JoinUrl = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    LastError = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutlookMeetings", x => x.MeetingId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OutlookMeetings_EventId",
                table: "OutlookMeetings",
                column: "EventId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OutlookCalendar");

            migrationBuilder.DropTable(
                name: "OutlookMeetings");
        }
    }
}

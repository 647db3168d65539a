using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Verkostot.Core.Storage.Migrations.Sqlite
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
                    Id = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DeltaLink = table.Column<string>(type: "TEXT", nullable: true),
                    WindowStart = table.Column<long>(type: "INTEGER", nullable: true),
                    LeaseUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    LeaseHolder = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutlookCalendar", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutlookMeetings",
                columns: table => new
                {
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    TransactionId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EventId = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SentHash = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    JoinUrl = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
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

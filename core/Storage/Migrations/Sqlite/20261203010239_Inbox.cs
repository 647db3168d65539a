using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Verkostot.Core.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Inbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "InboxActivities",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ActivityId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Payload = table.Column<byte[]>(type: "BLOB", nullable: true),
                    Owner = table.Column<Guid>(type: "TEXT", nullable: true),
                    ClaimedUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    HandledAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InboxActivities", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InboxActivities_Key",
                table: "InboxActivities",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InboxActivities_Owner_ClaimedUntil",
                table: "InboxActivities",
                columns: new[] { "Owner", "ClaimedUntil" },
                filter: "\"HandledAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_InboxActivities_ReceivedAt",
                table: "InboxActivities",
                column: "ReceivedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InboxActivities");
        }
    }
}

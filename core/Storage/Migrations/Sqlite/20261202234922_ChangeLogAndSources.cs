using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Verkostot.Core.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ChangeLogAndSources : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SourceId",
                table: "Terms",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            // Existing networks have no sources yet: an empty JSON list, as the model reads it.
            migrationBuilder.AddColumn<string>(
                name: "Sources",
                table: "Networks",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.CreateTable(
                name: "ChangeLog",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ActorPersonId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    EntityId = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    NetworkId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChangeLog", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ChangeLog_ActorPersonId",
                table: "ChangeLog",
                column: "ActorPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_ChangeLog_Kind_EntityId",
                table: "ChangeLog",
                columns: new[] { "Kind", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_ChangeLog_NetworkId_Id",
                table: "ChangeLog",
                columns: new[] { "NetworkId", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChangeLog");

            migrationBuilder.DropColumn(
                name: "SourceId",
                table: "Terms");

            migrationBuilder.DropColumn(
                name: "Sources",
                table: "Networks");
        }
    }
}

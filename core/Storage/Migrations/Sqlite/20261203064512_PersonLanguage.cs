using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Verkostot.Core.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PersonLanguage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "People",
                type: "TEXT",
                maxLength: 10,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Language",
                table: "People");
        }
    }
}

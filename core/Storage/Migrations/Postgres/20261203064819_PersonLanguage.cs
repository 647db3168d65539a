using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Verkostot.Core.Storage.Migrations.Postgres
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
                type: "character varying(10)",
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

using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Verkostot.Core.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class UnansweredQuestions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ReportMonth",
                table: "Outbox",
                type: "character varying(7)",
                maxLength: 7,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReportNetworkId",
                table: "Outbox",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "UnansweredQuestions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Text = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: false),
                    Language = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    AskedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    NetworkId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    MarkedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnansweredQuestions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_ReportMonth_ReportNetworkId_PersonId",
                table: "Outbox",
                columns: new[] { "ReportMonth", "ReportNetworkId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UnansweredQuestions_AskedAt",
                table: "UnansweredQuestions",
                column: "AskedAt");

            migrationBuilder.CreateIndex(
                name: "IX_UnansweredQuestions_NetworkId_AskedAt",
                table: "UnansweredQuestions",
                columns: new[] { "NetworkId", "AskedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "UnansweredQuestions");

            migrationBuilder.DropIndex(
                name: "IX_Outbox_ReportMonth_ReportNetworkId_PersonId",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "ReportMonth",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "ReportNetworkId",
                table: "Outbox");
        }
    }
}

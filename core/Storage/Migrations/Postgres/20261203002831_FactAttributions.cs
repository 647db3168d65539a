using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Verkostot.Core.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FactAttributions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "Attribution_AsOf",
                table: "RoleAssignments",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Attribution_AsOfPrecision",
                table: "RoleAssignments",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "Day");

            migrationBuilder.AddColumn<string>(
                name: "Attribution_Name",
                table: "RoleAssignments",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Attribution_AsOf",
                table: "PriorityDocuments",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Attribution_AsOfPrecision",
                table: "PriorityDocuments",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "Day");

            migrationBuilder.AddColumn<string>(
                name: "Attribution_Name",
                table: "PriorityDocuments",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Attribution_AsOf",
                table: "People",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Attribution_AsOfPrecision",
                table: "People",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "Day");

            migrationBuilder.AddColumn<string>(
                name: "Attribution_Name",
                table: "People",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Responsibilities",
                table: "People",
                type: "text",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<DateOnly>(
                name: "Attribution_AsOf",
                table: "Networks",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Attribution_AsOfPrecision",
                table: "Networks",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "Day");

            migrationBuilder.AddColumn<string>(
                name: "Attribution_Name",
                table: "Networks",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Details",
                table: "Networks",
                type: "text",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<DateOnly>(
                name: "Attribution_AsOf",
                table: "Bodies",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Attribution_AsOfPrecision",
                table: "Bodies",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "Day");

            migrationBuilder.AddColumn<string>(
                name: "Attribution_Name",
                table: "Bodies",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Attribution_AsOf",
                table: "RoleAssignments");

            migrationBuilder.DropColumn(
                name: "Attribution_AsOfPrecision",
                table: "RoleAssignments");

            migrationBuilder.DropColumn(
                name: "Attribution_Name",
                table: "RoleAssignments");

            migrationBuilder.DropColumn(
                name: "Attribution_AsOf",
                table: "PriorityDocuments");

            migrationBuilder.DropColumn(
                name: "Attribution_AsOfPrecision",
                table: "PriorityDocuments");

            migrationBuilder.DropColumn(
                name: "Attribution_Name",
                table: "PriorityDocuments");

            migrationBuilder.DropColumn(
                name: "Attribution_AsOf",
                table: "People");

            migrationBuilder.DropColumn(
                name: "Attribution_AsOfPrecision",
                table: "People");

            migrationBuilder.DropColumn(
                name: "Attribution_Name",
                table: "People");

            migrationBuilder.DropColumn(
                name: "Responsibilities",
                table: "People");

            migrationBuilder.DropColumn(
                name: "Attribution_AsOf",
                table: "Networks");

            migrationBuilder.DropColumn(
                name: "Attribution_AsOfPrecision",
                table: "Networks");

            migrationBuilder.DropColumn(
                name: "Attribution_Name",
                table: "Networks");

            migrationBuilder.DropColumn(
                name: "Details",
                table: "Networks");

            migrationBuilder.DropColumn(
                name: "Attribution_AsOf",
                table: "Bodies");

            migrationBuilder.DropColumn(
                name: "Attribution_AsOfPrecision",
                table: "Bodies");

            migrationBuilder.DropColumn(
                name: "Attribution_Name",
                table: "Bodies");
        }
    }
}

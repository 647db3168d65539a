using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Verkostot.Core.Storage.Migrations.Sqlite
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Attribution_AsOfPrecision",
                table: "RoleAssignments",
                type: "TEXT",
                maxLength: 10,
                nullable: false,
                defaultValue: "Day");

            migrationBuilder.AddColumn<string>(
                name: "Attribution_Name",
                table: "RoleAssignments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Attribution_AsOf",
                table: "PriorityDocuments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Attribution_AsOfPrecision",
                table: "PriorityDocuments",
                type: "TEXT",
                maxLength: 10,
                nullable: false,
                defaultValue: "Day");

            migrationBuilder.AddColumn<string>(
                name: "Attribution_Name",
                table: "PriorityDocuments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Attribution_AsOf",
                table: "People",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Attribution_AsOfPrecision",
                table: "People",
                type: "TEXT",
                maxLength: 10,
                nullable: false,
                defaultValue: "Day");

            migrationBuilder.AddColumn<string>(
                name: "Attribution_Name",
                table: "People",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Responsibilities",
                table: "People",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<DateOnly>(
                name: "Attribution_AsOf",
                table: "Networks",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Attribution_AsOfPrecision",
                table: "Networks",
                type: "TEXT",
                maxLength: 10,
                nullable: false,
                defaultValue: "Day");

            migrationBuilder.AddColumn<string>(
                name: "Attribution_Name",
                table: "Networks",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Details",
                table: "Networks",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<DateOnly>(
                name: "Attribution_AsOf",
                table: "Bodies",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Attribution_AsOfPrecision",
                table: "Bodies",
                type: "TEXT",
                maxLength: 10,
                nullable: false,
                defaultValue: "Day");

            migrationBuilder.AddColumn<string>(
                name: "Attribution_Name",
                table: "Bodies",
                type: "TEXT",
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

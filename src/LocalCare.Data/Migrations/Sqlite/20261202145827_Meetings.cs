using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalCare.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Meetings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AccountableUserName",
                table: "Metrics",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RebasePeriods",
                table: "Metrics",
                type: "TEXT",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReviewedOn",
                table: "Metrics",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ReceivesPlanProgress",
                table: "Boards",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "ReceivesWaitingLists",
                table: "Boards",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "Meetings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BoardCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReportingMonth = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    AgendaItem = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Author = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LeadDirector = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    AssuranceOffered = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CqcKeyQuestions = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Priorities = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Risks = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ExecutiveSummary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Meetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Meetings_Boards_BoardCode",
                        column: x => x.BoardCode,
                        principalTable: "Boards",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MetricSignOffs",
                columns: table => new
                {
                    MetricId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Month = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    SignedOffBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    SignedOffAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MetricSignOffs", x => new { x.MetricId, x.Month });
                    table.ForeignKey(
                        name: "FK_MetricSignOffs_Metrics_MetricId",
                        column: x => x.MetricId,
                        principalTable: "Metrics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BoardActions",
                columns: table => new
                {
                    Reference = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    BoardCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RaisedAtMeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Due = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ClosedAtMeetingId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BoardActions", x => x.Reference);
                    table.ForeignKey(
                        name: "FK_BoardActions_Boards_BoardCode",
                        column: x => x.BoardCode,
                        principalTable: "Boards",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BoardActions_Meetings_ClosedAtMeetingId",
                        column: x => x.ClosedAtMeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BoardActions_Meetings_RaisedAtMeetingId",
                        column: x => x.RaisedAtMeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BoardDecisions",
                columns: table => new
                {
                    Reference = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    BoardCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BoardDecisions", x => x.Reference);
                    table.ForeignKey(
                        name: "FK_BoardDecisions_Boards_BoardCode",
                        column: x => x.BoardCode,
                        principalTable: "Boards",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BoardDecisions_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ExceptionFlags",
                columns: table => new
                {
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    MetricId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FlaggedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExceptionFlags", x => new { x.MeetingId, x.MetricId });
                    table.ForeignKey(
                        name: "FK_ExceptionFlags_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ExceptionFlags_Metrics_MetricId",
                        column: x => x.MetricId,
                        principalTable: "Metrics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Narratives",
                columns: table => new
                {
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    MetricId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    WhatTheChartTellsUs = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    RootCauses = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    MitigationsAndRisks = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ExpectedRecovery = table.Column<string>(type: "TEXT", maxLength: 7, nullable: true),
                    AccountablePerson = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Narratives", x => new { x.MeetingId, x.MetricId });
                    table.ForeignKey(
                        name: "FK_Narratives_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Narratives_Metrics_MetricId",
                        column: x => x.MetricId,
                        principalTable: "Metrics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PackVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CorrectionReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    NarrativeToFollow = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Html = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Pdf = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Xlsx = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Json = table.Column<byte[]>(type: "BLOB", nullable: false),
                    HtmlSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PdfSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    XlsxSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    JsonSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PackVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PackVersions_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BoardActionUpdates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ActionReference = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BoardActionUpdates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BoardActionUpdates_BoardActions_ActionReference",
                        column: x => x.ActionReference,
                        principalTable: "BoardActions",
                        principalColumn: "Reference",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NarrativeActionRecord",
                columns: table => new
                {
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    MetricId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Due = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NarrativeActionRecord", x => new { x.MeetingId, x.MetricId, x.Number });
                    table.ForeignKey(
                        name: "FK_NarrativeActionRecord_Narratives_MeetingId_MetricId",
                        columns: x => new { x.MeetingId, x.MetricId },
                        principalTable: "Narratives",
                        principalColumns: new[] { "MeetingId", "MetricId" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BoardActions_BoardCode_Status",
                table: "BoardActions",
                columns: new[] { "BoardCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_BoardActions_ClosedAtMeetingId",
                table: "BoardActions",
                column: "ClosedAtMeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_BoardActions_RaisedAtMeetingId",
                table: "BoardActions",
                column: "RaisedAtMeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_BoardActionUpdates_ActionReference",
                table: "BoardActionUpdates",
                column: "ActionReference");

            migrationBuilder.CreateIndex(
                name: "IX_BoardDecisions_BoardCode",
                table: "BoardDecisions",
                column: "BoardCode");

            migrationBuilder.CreateIndex(
                name: "IX_BoardDecisions_MeetingId",
                table: "BoardDecisions",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_ExceptionFlags_MetricId",
                table: "ExceptionFlags",
                column: "MetricId");

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_BoardCode_Date",
                table: "Meetings",
                columns: new[] { "BoardCode", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_Narratives_MetricId",
                table: "Narratives",
                column: "MetricId");

            migrationBuilder.CreateIndex(
                name: "IX_PackVersions_MeetingId_Version",
                table: "PackVersions",
                columns: new[] { "MeetingId", "Version" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BoardActionUpdates");

            migrationBuilder.DropTable(
                name: "BoardDecisions");

            migrationBuilder.DropTable(
                name: "ExceptionFlags");

            migrationBuilder.DropTable(
                name: "MetricSignOffs");

            migrationBuilder.DropTable(
                name: "NarrativeActionRecord");

            migrationBuilder.DropTable(
                name: "PackVersions");

            migrationBuilder.DropTable(
                name: "BoardActions");

            migrationBuilder.DropTable(
                name: "Narratives");

            migrationBuilder.DropTable(
                name: "Meetings");

            migrationBuilder.DropColumn(
                name: "AccountableUserName",
                table: "Metrics");

            migrationBuilder.DropColumn(
                name: "RebasePeriods",
                table: "Metrics");

            migrationBuilder.DropColumn(
                name: "ReviewedOn",
                table: "Metrics");

            migrationBuilder.DropColumn(
                name: "ReceivesPlanProgress",
                table: "Boards");

            migrationBuilder.DropColumn(
                name: "ReceivesWaitingLists",
                table: "Boards");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalCare.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Governance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "RiskAppetite",
                table: "Boards",
                type: "integer",
                nullable: false,
                defaultValue: 12);

            migrationBuilder.AddColumn<string>(
                name: "Hash",
                table: "AuditEntries",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "PreviousHash",
                table: "AuditEntries",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "DataGeneration",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Stamp = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataGeneration", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReminderDigestsSent",
                columns: table => new
                {
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    ItemCount = table.Column<int>(type: "integer", nullable: false),
                    SentAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReminderDigestsSent", x => new { x.UserName, x.Date });
                });

            migrationBuilder.CreateTable(
                name: "Risks",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Owner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OwnerUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Category = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    InitialLikelihood = table.Column<int>(type: "integer", nullable: false),
                    InitialConsequence = table.Column<int>(type: "integer", nullable: false),
                    CurrentLikelihood = table.Column<int>(type: "integer", nullable: false),
                    CurrentConsequence = table.Column<int>(type: "integer", nullable: false),
                    TargetLikelihood = table.Column<int>(type: "integer", nullable: false),
                    TargetConsequence = table.Column<int>(type: "integer", nullable: false),
                    Controls = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Assurances = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Gaps = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ReviewDate = table.Column<DateOnly>(type: "date", nullable: false),
                    LastReviewedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RaisedOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Risks", x => x.Code);
                    table.CheckConstraint("CK_Risks_CurrentConsequence", "\"CurrentConsequence\" BETWEEN 1 AND 5");
                    table.CheckConstraint("CK_Risks_CurrentLikelihood", "\"CurrentLikelihood\" BETWEEN 1 AND 5");
                    table.CheckConstraint("CK_Risks_InitialConsequence", "\"InitialConsequence\" BETWEEN 1 AND 5");
                    table.CheckConstraint("CK_Risks_InitialLikelihood", "\"InitialLikelihood\" BETWEEN 1 AND 5");
                    table.CheckConstraint("CK_Risks_TargetConsequence", "\"TargetConsequence\" BETWEEN 1 AND 5");
                    table.CheckConstraint("CK_Risks_TargetLikelihood", "\"TargetLikelihood\" BETWEEN 1 AND 5");
                });

            migrationBuilder.CreateTable(
                name: "RiskActions",
                columns: table => new
                {
                    RiskCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Owner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Due = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiskActions", x => new { x.RiskCode, x.Number });
                    table.ForeignKey(
                        name: "FK_RiskActions_Risks_RiskCode",
                        column: x => x.RiskCode,
                        principalTable: "Risks",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RiskLinks",
                columns: table => new
                {
                    RiskCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Target = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiskLinks", x => new { x.RiskCode, x.Kind, x.Target });
                    table.ForeignKey(
                        name: "FK_RiskLinks_Risks_RiskCode",
                        column: x => x.RiskCode,
                        principalTable: "Risks",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RiskScorePoints",
                columns: table => new
                {
                    RiskCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Likelihood = table.Column<int>(type: "integer", nullable: false),
                    Consequence = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiskScorePoints", x => new { x.RiskCode, x.Number });
                    table.CheckConstraint("CK_RiskScorePoints_Consequence", "\"Consequence\" BETWEEN 1 AND 5");
                    table.CheckConstraint("CK_RiskScorePoints_Likelihood", "\"Likelihood\" BETWEEN 1 AND 5");
                    table.ForeignKey(
                        name: "FK_RiskScorePoints_Risks_RiskCode",
                        column: x => x.RiskCode,
                        principalTable: "Risks",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "DataGeneration",
                columns: new[] { "Id", "Stamp" },
                values: new object[] { 1, 0L });

            migrationBuilder.AddCheckConstraint(
                name: "CK_Boards_RiskAppetite",
                table: "Boards",
                sql: "\"RiskAppetite\" BETWEEN 1 AND 25");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_At_Id",
                table: "AuditEntries",
                columns: new[] { "At", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_RiskLinks_Kind_Target",
                table: "RiskLinks",
                columns: new[] { "Kind", "Target" });

            migrationBuilder.CreateIndex(
                name: "IX_Risks_ReviewDate",
                table: "Risks",
                column: "ReviewDate");

            // Hand-written (keep when regenerating): the audit trail is append-only in the database itself, created last so no
            // table rebuild above drops it (docs/audit-trail.md).
            migrationBuilder.Sql(LocalCare.Data.Audit.AuditProtection.PostgresUp);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Hand-written: drop the audit trail's append-only triggers first (docs/audit-trail.md).
            migrationBuilder.Sql(LocalCare.Data.Audit.AuditProtection.PostgresDown);

            migrationBuilder.DropTable(
                name: "DataGeneration");

            migrationBuilder.DropTable(
                name: "ReminderDigestsSent");

            migrationBuilder.DropTable(
                name: "RiskActions");

            migrationBuilder.DropTable(
                name: "RiskLinks");

            migrationBuilder.DropTable(
                name: "RiskScorePoints");

            migrationBuilder.DropTable(
                name: "Risks");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Boards_RiskAppetite",
                table: "Boards");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_At_Id",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "RiskAppetite",
                table: "Boards");

            migrationBuilder.DropColumn(
                name: "Hash",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "PreviousHash",
                table: "AuditEntries");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalCare.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RiskRegister : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "RiskAppetite",
                table: "Boards",
                type: "INTEGER",
                nullable: false,
                defaultValue: 12);

            migrationBuilder.CreateTable(
                name: "Risks",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OwnerUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Category = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    InitialLikelihood = table.Column<int>(type: "INTEGER", nullable: false),
                    InitialConsequence = table.Column<int>(type: "INTEGER", nullable: false),
                    CurrentLikelihood = table.Column<int>(type: "INTEGER", nullable: false),
                    CurrentConsequence = table.Column<int>(type: "INTEGER", nullable: false),
                    TargetLikelihood = table.Column<int>(type: "INTEGER", nullable: false),
                    TargetConsequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Controls = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Assurances = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Gaps = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ReviewDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LastReviewedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RaisedOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
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
                    RiskCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Due = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
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
                    RiskCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Target = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
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
                    RiskCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Likelihood = table.Column<int>(type: "INTEGER", nullable: false),
                    Consequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
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

            migrationBuilder.AddCheckConstraint(
                name: "CK_Boards_RiskAppetite",
                table: "Boards",
                sql: "\"RiskAppetite\" BETWEEN 1 AND 25");

            migrationBuilder.CreateIndex(
                name: "IX_RiskLinks_Kind_Target",
                table: "RiskLinks",
                columns: new[] { "Kind", "Target" });

            migrationBuilder.CreateIndex(
                name: "IX_Risks_ReviewDate",
                table: "Risks",
                column: "ReviewDate");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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

            migrationBuilder.DropColumn(
                name: "RiskAppetite",
                table: "Boards");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalCare.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PlanEditing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Action",
                table: "DeliverableUpdates",
                type: "TEXT",
                maxLength: 4000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTime>(
                name: "UpdatedAt",
                table: "DeliverableUpdates",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                table: "DeliverableUpdates",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OwnerUserName",
                table: "Deliverables",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DeliverableMetrics",
                columns: table => new
                {
                    DeliverableCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    MetricId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeliverableMetrics", x => new { x.DeliverableCode, x.MetricId });
                    table.ForeignKey(
                        name: "FK_DeliverableMetrics_Deliverables_DeliverableCode",
                        column: x => x.DeliverableCode,
                        principalTable: "Deliverables",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DeliverableMetrics_Metrics_MetricId",
                        column: x => x.MetricId,
                        principalTable: "Metrics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DeliverableReviews",
                columns: table => new
                {
                    DeliverableCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CarriedForwardTo = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ReviewedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeliverableReviews", x => x.DeliverableCode);
                    table.ForeignKey(
                        name: "FK_DeliverableReviews_Deliverables_DeliverableCode",
                        column: x => x.DeliverableCode,
                        principalTable: "Deliverables",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Milestones",
                columns: table => new
                {
                    DeliverableCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Due = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Milestones", x => new { x.DeliverableCode, x.Number });
                    table.ForeignKey(
                        name: "FK_Milestones_Deliverables_DeliverableCode",
                        column: x => x.DeliverableCode,
                        principalTable: "Deliverables",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "QuarterLocks",
                columns: table => new
                {
                    PlanYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Quarter = table.Column<int>(type: "INTEGER", nullable: false),
                    LockedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    LockedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuarterLocks", x => new { x.PlanYear, x.Quarter });
                });

            migrationBuilder.CreateIndex(
                name: "IX_Deliverables_OwnerUserName",
                table: "Deliverables",
                column: "OwnerUserName");

            migrationBuilder.CreateIndex(
                name: "IX_DeliverableMetrics_MetricId",
                table: "DeliverableMetrics",
                column: "MetricId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DeliverableMetrics");

            migrationBuilder.DropTable(
                name: "DeliverableReviews");

            migrationBuilder.DropTable(
                name: "Milestones");

            migrationBuilder.DropTable(
                name: "QuarterLocks");

            migrationBuilder.DropIndex(
                name: "IX_Deliverables_OwnerUserName",
                table: "Deliverables");

            migrationBuilder.DropColumn(
                name: "Action",
                table: "DeliverableUpdates");

            migrationBuilder.DropColumn(
                name: "UpdatedAt",
                table: "DeliverableUpdates");

            migrationBuilder.DropColumn(
                name: "UpdatedBy",
                table: "DeliverableUpdates");

            migrationBuilder.DropColumn(
                name: "OwnerUserName",
                table: "Deliverables");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalCare.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ServicePlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ServicePlans",
                columns: table => new
                {
                    PlanYear = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ReturnComment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServicePlans", x => new { x.PlanYear, x.UnitCode });
                    table.ForeignKey(
                        name: "FK_ServicePlans_OrganisationUnits_UnitCode",
                        column: x => x.UnitCode,
                        principalTable: "OrganisationUnits",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ServicePlanSections",
                columns: table => new
                {
                    PlanYear = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServicePlanSections", x => new { x.PlanYear, x.UnitCode, x.Key });
                    table.ForeignKey(
                        name: "FK_ServicePlanSections_ServicePlans_PlanYear_UnitCode",
                        columns: x => new { x.PlanYear, x.UnitCode },
                        principalTable: "ServicePlans",
                        principalColumns: new[] { "PlanYear", "UnitCode" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ServicePlans_PlanYear_Status",
                table: "ServicePlans",
                columns: new[] { "PlanYear", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ServicePlans_UnitCode",
                table: "ServicePlans",
                column: "UnitCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ServicePlanSections");

            migrationBuilder.DropTable(
                name: "ServicePlans");
        }
    }
}

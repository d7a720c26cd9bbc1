using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalCare.Data.Migrations.Postgres
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
                    PlanYear = table.Column<int>(type: "integer", nullable: false),
                    UnitCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ReturnComment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    SubmittedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    UpdatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    PlanYear = table.Column<int>(type: "integer", nullable: false),
                    UnitCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Text = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false)
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

using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace LocalCare.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class WaitingGoals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "WaitingGoals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DeliverableCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ServiceCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    OverWeeks = table.Column<int>(type: "integer", nullable: false),
                    By = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    Capacity = table.Column<double>(type: "double precision", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WaitingGoals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WaitingGoals_Deliverables_DeliverableCode",
                        column: x => x.DeliverableCode,
                        principalTable: "Deliverables",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_WaitingGoals_DeliverableCode",
                table: "WaitingGoals",
                column: "DeliverableCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "WaitingGoals");
        }
    }
}

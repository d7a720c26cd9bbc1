using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalCare.Data.Migrations.Sqlite
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DeliverableCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ServiceCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OverWeeks = table.Column<int>(type: "INTEGER", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    Capacity = table.Column<double>(type: "REAL", nullable: true)
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

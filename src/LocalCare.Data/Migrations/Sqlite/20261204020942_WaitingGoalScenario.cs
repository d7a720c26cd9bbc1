using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalCare.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class WaitingGoalScenario : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Scenario",
                table: "WaitingGoals",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "current");

            // A goal stored with a capacity relied on that capacity: the user's scenario.
            migrationBuilder.Sql("UPDATE \"WaitingGoals\" SET \"Scenario\" = 'user' WHERE \"Capacity\" IS NOT NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Scenario",
                table: "WaitingGoals");
        }
    }
}

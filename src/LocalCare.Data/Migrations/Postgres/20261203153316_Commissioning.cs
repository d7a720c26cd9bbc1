using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace LocalCare.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Commissioning : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Budget",
                columns: table => new
                {
                    Month = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    ServiceCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Budget = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Actual = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Budget", x => new { x.Month, x.ServiceCode });
                });

            migrationBuilder.CreateTable(
                name: "CqcRatings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LocationId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    LocationName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ServiceGroup = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Domain = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Rating = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    RatingText = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PublicationDate = table.Column<DateOnly>(type: "date", nullable: false),
                    CqcProviderId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CqcProviderName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CqcRatings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Providers",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    CqcLocationId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ServiceType = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Beds = table.Column<int>(type: "integer", nullable: true),
                    NeighbourhoodCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    IsLocal = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Providers", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "VfpSchemes",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ServiceCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    PlanYear = table.Column<int>(type: "integer", nullable: false),
                    AnnualTarget = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Recurrent = table.Column<bool>(type: "boolean", nullable: false),
                    QiaStatus = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VfpSchemes", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "Concerns",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ProviderCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Opened = table.Column<DateOnly>(type: "date", nullable: false),
                    Closed = table.Column<DateOnly>(type: "date", nullable: true),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Concerns", x => x.Code);
                    table.ForeignKey(
                        name: "FK_Concerns_Providers_ProviderCode",
                        column: x => x.ProviderCode,
                        principalTable: "Providers",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Contracts",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ProviderCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: false),
                    AnnualValue = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Manager = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Flagship = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Contracts", x => x.Code);
                    table.ForeignKey(
                        name: "FK_Contracts_Providers_ProviderCode",
                        column: x => x.ProviderCode,
                        principalTable: "Providers",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "QualityAudits",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ProviderCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    AuditDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Auditor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Overall = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Safe = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Effective = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Caring = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Responsive = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    WellLed = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QualityAudits", x => x.Code);
                    table.ForeignKey(
                        name: "FK_QualityAudits_Providers_ProviderCode",
                        column: x => x.ProviderCode,
                        principalTable: "Providers",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "VfpDelivery",
                columns: table => new
                {
                    Month = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    SchemeCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Saving = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VfpDelivery", x => new { x.Month, x.SchemeCode });
                    table.ForeignKey(
                        name: "FK_VfpDelivery_VfpSchemes_SchemeCode",
                        column: x => x.SchemeCode,
                        principalTable: "VfpSchemes",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SocialValue",
                columns: table => new
                {
                    ContractCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Theme = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Measure = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Unit = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Committed = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Delivered = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SocialValue", x => new { x.ContractCode, x.Theme, x.Measure });
                    table.ForeignKey(
                        name: "FK_SocialValue_Contracts_ContractCode",
                        column: x => x.ContractCode,
                        principalTable: "Contracts",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Spend",
                columns: table => new
                {
                    Month = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    ContractCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Spend", x => new { x.Month, x.ContractCode });
                    table.ForeignKey(
                        name: "FK_Spend_Contracts_ContractCode",
                        column: x => x.ContractCode,
                        principalTable: "Contracts",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AuditActions",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AuditCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    KeyQuestion = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Owner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    CompletedDate = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditActions", x => x.Code);
                    table.ForeignKey(
                        name: "FK_AuditActions_QualityAudits_AuditCode",
                        column: x => x.AuditCode,
                        principalTable: "QualityAudits",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditActions_AuditCode",
                table: "AuditActions",
                column: "AuditCode");

            migrationBuilder.CreateIndex(
                name: "IX_Concerns_ProviderCode",
                table: "Concerns",
                column: "ProviderCode");

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_ProviderCode",
                table: "Contracts",
                column: "ProviderCode");

            migrationBuilder.CreateIndex(
                name: "IX_CqcRatings_LocationId_ServiceGroup_Domain_PublicationDate",
                table: "CqcRatings",
                columns: new[] { "LocationId", "ServiceGroup", "Domain", "PublicationDate" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Providers_CqcLocationId",
                table: "Providers",
                column: "CqcLocationId");

            migrationBuilder.CreateIndex(
                name: "IX_QualityAudits_ProviderCode_AuditDate",
                table: "QualityAudits",
                columns: new[] { "ProviderCode", "AuditDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Spend_ContractCode",
                table: "Spend",
                column: "ContractCode");

            migrationBuilder.CreateIndex(
                name: "IX_VfpDelivery_SchemeCode",
                table: "VfpDelivery",
                column: "SchemeCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditActions");

            migrationBuilder.DropTable(
                name: "Budget");

            migrationBuilder.DropTable(
                name: "Concerns");

            migrationBuilder.DropTable(
                name: "CqcRatings");

            migrationBuilder.DropTable(
                name: "SocialValue");

            migrationBuilder.DropTable(
                name: "Spend");

            migrationBuilder.DropTable(
                name: "VfpDelivery");

            migrationBuilder.DropTable(
                name: "QualityAudits");

            migrationBuilder.DropTable(
                name: "Contracts");

            migrationBuilder.DropTable(
                name: "VfpSchemes");

            migrationBuilder.DropTable(
                name: "Providers");
        }
    }
}

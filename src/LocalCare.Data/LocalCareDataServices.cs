using LocalCare.Data.Database;
using LocalCare.Data.Imports;
using LocalCare.Data.Setup;
using LocalCare.Data.Users;
using LocalCare.Warehouse;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LocalCare.Data;

/// <summary>Registers the app database, Identity stores and set-up services for the web app and the CLI.</summary>
public static class LocalCareDataServices
{
    public static IdentityBuilder AddLocalCareData(this IServiceCollection services, DatabaseSettings settings, string dataDirectory)
    {
        services.AddLocalCareDatabase(settings);
        services.AddSingleton(WarehouseDatabase.In(dataDirectory));
        services.AddScoped<ImportRunner>();
        services.AddScoped<Audit.AuditLog>();
        services.AddScoped<Audit.AuditVerifier>();
        services.AddScoped<Audit.AuditSearch>();
        services.AddScoped<Metrics.MetricCompute>();
        services.AddScoped<Metrics.MetricReadings>();
        services.AddScoped<Metrics.CustomMetrics>();
        services.AddScoped<Metrics.MetricTargets>();
        services.AddScoped<WaitingLists.WaitingGoalChecks>();
        services.AddScoped<WaitingLists.WaitingGoalEditor>();
        services.AddScoped<Portfolio.PortfolioEditor>();
        services.AddScoped<ServicePlans.ServicePlanEditor>();
        services.AddScoped<Risks.RiskRegister>();
        services.AddScoped<Risks.RiskEditor>();
        services.AddScoped<DemoActivity>();
        services.AddScoped<DemoUsers>();
        services.AddScoped<UserUnits>();
        services.AddScoped<Initialiser>();
        services.AddScoped<Boards.PackInputs>();
        services.AddScoped<Organisation.OrganisationImport>();
        services.AddScoped<Commissioning.CommissioningImport>();
        services.AddScoped<Commissioning.CqcRatingsImport>();
        services.AddScoped<Commissioning.ProviderRisks>();
        services.AddScoped<Exports.BiExport>();
        services.AddScoped<Backup.DataBackup>();
        services.AddScoped<Backup.DataRestore>();

        services.AddSingleton(TimeProvider.System);
        return services.AddLocalCareUsers();
    }
}

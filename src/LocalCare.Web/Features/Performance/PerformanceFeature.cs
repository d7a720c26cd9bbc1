using System.Security.Claims;
using LocalCare.Core.Access;

namespace LocalCare.Web.Features.Performance;

/// <summary>Registers the performance feature: the summary and metric queries, and the forms that write commentary, targets, manual values and custom metrics.</summary>
public static class PerformanceFeature
{
    public static WebApplicationBuilder AddLocalCarePerformance(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<PerformanceSummaryQuery>();
        builder.Services.AddScoped<MetricDetailQuery>();
        builder.Services.AddScoped<PerformanceCache>();
        builder.Services.AddScoped<CommentaryEditor>();
        builder.Services.AddScoped<ManualValueEntry>();
        builder.Services.AddScoped<NewMetricForm>();
        builder.Services.AddScoped<MetricRebaseEditor>();
        return builder;
    }
}

/// <summary>Who may change what on the performance pages; everyone signed in may read them.</summary>
public static class PerformanceAccess
{
    /// <summary>Commentary: managers, analysts and administrators.</summary>
    public static IReadOnlyList<string> Commentary { get; } = [Roles.Manager, Roles.Analyst, Roles.Admin];

    /// <summary>Manual metric values: managers, analysts and administrators.</summary>
    public static IReadOnlyList<string> ManualValues { get; } = [Roles.Manager, Roles.Analyst, Roles.Admin];

    /// <summary>Targets: analysts and administrators.</summary>
    public static IReadOnlyList<string> Targets { get; } = [Roles.Analyst, Roles.Admin];

    /// <summary>Custom metrics and computing a metric now: analysts and administrators.</summary>
    public static IReadOnlyList<string> Metrics { get; } = [Roles.Analyst, Roles.Admin];

    /// <summary>The roles attribute of the new metric page.</summary>
    public const string MetricsRoles = Roles.Analyst + "," + Roles.Admin;

    public static bool Can(this ClaimsPrincipal user, IReadOnlyList<string> roles) => roles.Any(user.IsInRole);
}

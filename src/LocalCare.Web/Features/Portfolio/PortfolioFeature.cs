using LocalCare.Core.Access;

namespace LocalCare.Web.Features.Portfolio;

/// <summary>Registers the transformation portfolio's queries (its editor comes with the data layer).</summary>
public static class PortfolioFeature
{
    public static WebApplicationBuilder AddLocalCarePortfolio(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<PortfolioQuery>();
        return builder;
    }
}

/// <summary>Who may change the transformation portfolio; everyone signed in may read it.</summary>
public static class PortfolioAccess
{
    /// <summary>Programmes, their projects and their deliverable links: executives and administrators.</summary>
    public static IReadOnlyList<string> Edit { get; } = [Roles.Executive, Roles.Admin];
}

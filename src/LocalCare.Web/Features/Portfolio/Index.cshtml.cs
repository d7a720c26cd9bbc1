using LocalCare.Core.Plans;
using LocalCare.Web.Features.Performance;
using LocalCare.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalCare.Web.Features.Portfolio;

/// <summary>The transformation portfolio of a plan year: programmes in scope and in sight, by theme, with their status and projects.</summary>
public sealed class IndexModel(PortfolioQuery query) : PageModel
{
    public PortfolioOverview Portfolio { get; private set; } = null!;

    /// <summary>The plan year shown; null when no plan has been loaded.</summary>
    public PlanYear? Year { get; private set; }

    public FormErrors Errors { get; private set; } = new();

    /// <summary>Whether the user may add programmes (<see cref="PortfolioAccess.Edit"/>).</summary>
    public bool CanEdit => User.Can(PortfolioAccess.Edit);

    public async Task OnGetAsync(string? year, CancellationToken cancellationToken)
    {
        if (PlanYearParameter.Problem(year) is { } problem)
        {
            Errors.Add("year", problem);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            year = null;
        }

        Year = await query.YearAsync(year, cancellationToken);
        Portfolio = await query.OverviewAsync(Year, cancellationToken);
    }
}

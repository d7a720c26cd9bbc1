using LocalCare.Core.Plans;
using LocalCare.Core.Portfolio;
using LocalCare.Data;
using LocalCare.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Features.Portfolio;

/// <summary>Reads the transformation portfolio for the portfolio pages and <c>/api/portfolio</c>.</summary>
public sealed class PortfolioQuery(LocalCareDbContext db)
{
    /// <summary>
    /// The year asked for (checked with <see cref="PlanYearParameter.Problem"/>), else the plan year the pages show
    /// (<see cref="PlanYears.LatestAsync"/>) if it has programmes, else the latest with programmes, else that plan year.
    /// </summary>
    public async Task<PlanYear?> YearAsync(string? text, CancellationToken cancellationToken)
    {
        if (PlanYear.TryParse(text, out var year))
        {
            return year;
        }

        var shown = await PlanYears.LatestAsync(db, cancellationToken);
        var years = await db.Programmes.Select(p => p.PlanYear).Distinct().ToListAsync(cancellationToken);
        return years.Count == 0 || (shown is { } plan && years.Contains(plan)) ? shown : years.Max();
    }

    public async Task<PortfolioOverview> OverviewAsync(PlanYear? year, CancellationToken cancellationToken)
    {
        if (year is not { } planYear)
        {
            return new PortfolioOverview(null, [], StatusCount.Of([]));
        }

        var programmes = await db.Programmes.AsNoTracking().Where(p => p.PlanYear == planYear)
            .Include(p => p.Projects).Include(p => p.Deliverables).AsSplitQuery()
            .ToListAsync(cancellationToken);
        var scopes = ProgrammeScopes.All
            .Select(scope => new PortfolioScopeGroup(
                scope.ToCode(),
                scope.ToLabel(),
                scope.Governance(),
                [.. programmes.Where(p => p.Scope == scope).OrderBy(p => p.Order).ThenBy(p => p.Code, StringComparer.Ordinal)
                    .GroupBy(p => p.Theme)
                    .Select(theme => new PortfolioTheme(theme.Key, [.. theme.Select(Summary)]))]))
            .ToList();
        return new PortfolioOverview(planYear.Label, scopes, StatusCount.Of(programmes.SelectMany(p => p.Projects).Select(j => j.Status)));
    }

    /// <summary>Null when no programme has that code.</summary>
    public async Task<ProgrammeDetail?> ProgrammeAsync(string code, CancellationToken cancellationToken)
    {
        var programme = await db.Programmes.AsNoTracking().Include(p => p.Projects).Include(p => p.Deliverables).AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Code == code, cancellationToken);
        if (programme is null)
        {
            return null;
        }

        var codes = programme.Deliverables.Select(l => l.DeliverableCode).ToList();
        var deliverables = await db.Deliverables.AsNoTracking().Where(d => codes.Contains(d.Code)).Include(d => d.Updates).ToListAsync(cancellationToken);
        var workplans = await db.Workplans.AsNoTracking().ToListAsync(cancellationToken);
        var workplanOrder = workplans.ToDictionary(w => w.Code, w => (Order: w.Order, Name: w.Name));
        var projects = Project.InOrder(programme.Projects).ToList();
        return new ProgrammeDetail(
            programme.Code,
            programme.PlanYear.Label,
            programme.Name,
            programme.Scope.ToCode(),
            programme.Scope.ToLabel(),
            programme.Theme,
            programme.Lead,
            programme.Partners,
            programme.Status.ToCode(),
            programme.Summary,
            programme.Commentary,
            [.. projects.Select(ProjectDetail.From)],
            StatusCount.Of(projects.Select(j => j.Status)),
            [.. deliverables
                .OrderBy(d => workplanOrder.GetValueOrDefault(d.WorkplanCode, (Order: int.MaxValue, Name: d.WorkplanCode)).Order)
                .ThenBy(d => d.Code, StringComparer.Ordinal)
                .Select(d => new LinkedDeliverable(d.Code, d.Title, workplanOrder.GetValueOrDefault(d.WorkplanCode, (Order: 0, Name: d.WorkplanCode)).Name, d.CurrentStatus.ToCode()))]);
    }

    private static ProgrammeSummary Summary(Programme programme) => new(
        programme.Code,
        programme.Name,
        programme.Lead,
        programme.Partners,
        programme.Status.ToCode(),
        StatusCount.Of(programme.Projects.Select(j => j.Status)),
        programme.Deliverables.Count);
}

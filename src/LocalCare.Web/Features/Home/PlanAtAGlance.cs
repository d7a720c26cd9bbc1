using LocalCare.Core.Plans;
using LocalCare.Data;
using LocalCare.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Features.Home;

/// <summary>The plan at a glance for one plan year: its vision, and each priority's deliverables counted by current status.</summary>
/// <remarks><c>PlanYear</c>: "2024/25"; null when no plan has been loaded. <c>Statuses</c>: Status codes in column order (not started → delivered).</remarks>
public sealed record PlanAtAGlance(
    string? PlanYear,
    IReadOnlyList<string> Vision,
    IReadOnlyList<string> Statuses,
    IReadOnlyList<PriorityProgress> Priorities,
    StatusCounts Totals);

/// <summary>One priority's deliverables by current status.</summary>
public sealed record PriorityProgress(string Code, int Order, string Name, string Summary, StatusCounts Deliverables);

/// <summary>Deliverables counted by status code (every status present, zero included), and their total.</summary>
public sealed record StatusCounts(IReadOnlyDictionary<string, int> ByStatus, int Total)
{
    public static StatusCounts Of(IEnumerable<DeliverableStatus> statuses)
    {
        var list = statuses.ToList();
        return new StatusCounts(DeliverableStatuses.All.ToDictionary(s => s.ToCode(), s => list.Count(x => x == s)), list.Count);
    }
}

/// <summary>Builds <see cref="PlanAtAGlance"/> for a plan year (by default the one the pages show); used by the home page and <c>GET /api/plan</c>.</summary>
public sealed class PlanAtAGlanceQuery(LocalCareDbContext db)
{
    /// <summary>The plan of <paramref name="planYear"/>, or of the year the pages show when it is null.</summary>
    public async Task<PlanAtAGlance> LoadAsync(CancellationToken cancellationToken, PlanYear? planYear = null)
    {
        var statuses = DeliverableStatuses.All.Select(s => s.ToCode()).ToList();
        if ((planYear ?? await PlanYears.LatestAsync(db, cancellationToken)) is not { } year)
        {
            return new PlanAtAGlance(null, [], statuses, [], StatusCounts.Of([]));
        }

        var vision = await db.VisionStatements.AsNoTracking()
            .Where(v => v.PlanYear == year).OrderBy(v => v.Order).Select(v => v.Text)
            .ToListAsync(cancellationToken);
        var priorities = await db.Priorities.AsNoTracking()
            .Where(p => p.PlanYear == year).OrderBy(p => p.Order)
            .Include(p => p.Deliverables).ThenInclude(d => d.Updates)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

        var rows = priorities
            .Select(p => new PriorityProgress(p.Code, p.Order, p.Name, p.Summary, StatusCounts.Of(p.Deliverables.Select(d => d.CurrentStatus))))
            .ToList();
        var totals = StatusCounts.Of(priorities.SelectMany(p => p.Deliverables).Select(d => d.CurrentStatus));
        return new PlanAtAGlance(year.Label, vision, statuses, rows, totals);
    }
}

using LocalCare.Core.Plans;
using LocalCare.Data;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Features.Risks;

/// <summary>Reads what the raise and edit forms offer: priorities of the plan year the pages show (and any the risk already links to) and every board.</summary>
public static class RiskFormChoicesReader
{
    public static async Task<RiskFormChoices> ReadAsync(LocalCareDbContext db, IEnumerable<string> linkedPriorities, CancellationToken cancellationToken)
    {
        var priorities = await db.Priorities.AsNoTracking().ToListAsync(cancellationToken);
        var latest = await Shared.PlanYears.LatestAsync(db, cancellationToken);
        var linked = linkedPriorities.ToHashSet(StringComparer.Ordinal);
        var boards = await db.Boards.AsNoTracking().OrderBy(b => b.Order).ToListAsync(cancellationToken);
        return new RiskFormChoices(
            [.. priorities.Where(p => p.PlanYear == latest || linked.Contains(p.Code)).OrderBy(p => p.PlanYear).ThenBy(p => p.Order).Select(p => (p.Code, p.Name))],
            [.. boards.Select(b => (b.Code, b.Name))]);
    }
}

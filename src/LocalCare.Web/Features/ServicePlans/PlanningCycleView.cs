using LocalCare.Core.Plans;
using LocalCare.Core.ServicePlans;

namespace LocalCare.Web.Features.ServicePlans;

/// <summary>
/// A year's planning cycle: its stages by quarter with activities, products and deadlines, which stage today is in (null
/// outside the cycle), the service plan deadlines, and the units whose plans are late today.
/// </summary>
public sealed record PlanningCycleView(
    string PlanYear,
    int Year,
    DateOnly Today,
    string? CurrentStage,
    DateOnly SubmissionDeadline,
    DateOnly ApprovalDeadline,
    IReadOnlyList<PlanningStageView> Stages,
    IReadOnlyList<ServicePlanSummary> LatePlans,
    IReadOnlyList<int> Years);

/// <summary>A stage: key, name, its quarters ("2023/24 Q4") and months ("January to March 2024"), first and last day, what happens, what it produces, its deadlines.</summary>
public sealed record PlanningStageView(
    string Key, string Name, string Quarters, string Period, DateOnly Start, DateOnly End, IReadOnlyList<string> Activities, IReadOnlyList<string> Products, IReadOnlyList<PlanningDeadlineView> Deadlines);

/// <summary>A deadline: what is due, when, and whether that day has passed.</summary>
public sealed record PlanningDeadlineView(string What, DateOnly Date, bool Passed);

/// <summary>Builds <see cref="PlanningCycleView"/>; used by the planning cycle page and <c>GET /api/planning-cycle</c>.</summary>
public sealed class PlanningCycleQuery(ServicePlanListQuery plans, LocalCare.Data.LocalCareDbContext db, TimeProvider clock)
{
    public async Task<PlanningCycleView> LoadAsync(PlanYear year, CancellationToken cancellationToken)
    {
        var cycle = PlanningCycle.For(year);
        var today = Core.Time.UkTime.Today(clock);
        var late = (await plans.RowsAsync(year, cancellationToken)).Where(r => r.Late is not null).ToList();
        var years = await ServicePlanYears.ChoicesAsync(db, year, cancellationToken);
        return new PlanningCycleView(
            year.Label,
            year.StartYear,
            today,
            cycle.StageOn(today)?.Key,
            cycle.SubmissionDeadline,
            cycle.ApprovalDeadline,
            [.. cycle.Stages.Select(s => new PlanningStageView(
                s.Key, s.Name, s.Quarters, s.Period, s.Start, s.End, s.Activities, s.Products, [.. s.Deadlines.Select(d => new PlanningDeadlineView(d.What, d.Date, today > d.Date))]))],
            late,
            [.. years.Select(y => y.StartYear)]);
    }
}

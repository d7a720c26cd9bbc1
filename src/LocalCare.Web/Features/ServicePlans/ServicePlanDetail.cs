using LocalCare.Core.Plans;
using LocalCare.Core.ServicePlans;
using LocalCare.Data;
using LocalCare.Data.ServicePlans;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Features.ServicePlans;

/// <summary>
/// One unit's plan for a year, section by section in template order: its status (<c>not_started</c> when it has no plan), who
/// wrote, submitted, approved or returned it and when (UTC), the comments it was last returned with, whether it is late, whether
/// last year's plan exists, and what the signed-in person may do to it (<c>edit</c>, <c>submit</c>, <c>approve</c>, <c>return</c>).
/// </summary>
public sealed record ServicePlanDetail(
    string PlanYear,
    int Year,
    string UnitCode,
    string UnitName,
    string Team,
    string Status,
    string? UpdatedBy,
    DateTime? UpdatedAt,
    string? SubmittedBy,
    DateTime? SubmittedAt,
    string? DecidedBy,
    DateTime? DecidedAt,
    string? ReturnComment,
    PlanLate? Late,
    bool HasLastYearsPlan,
    IReadOnlyList<string> Allowed,
    IReadOnlyList<ServicePlanSectionText> Sections)
{
    public bool Can(ServicePlanAction action) => Allowed.Contains(ServicePlanDetailQuery.Code(action));

    public string? TextOf(string key) => Sections.FirstOrDefault(s => s.Key == key)?.Text;
}

/// <summary>A template section and what the plan says in it; <c>Group</c> is <c>kloes</c>, <c>workforce</c> or null.</summary>
public sealed record ServicePlanSectionText(string Key, string? Group, string Title, string Hint, bool Required, string? Text);

/// <summary>Builds <see cref="ServicePlanDetail"/>; used by the plan page and <c>GET /api/service-plans/{year}/{unit}</c>.</summary>
public sealed class ServicePlanDetailQuery(LocalCareDbContext db, ServicePlanEditor editor, TimeProvider clock)
{
    /// <summary>Null when the unit does not exist or does not write a plan (the LCO, a locality), or the year is not a planning year (<see cref="ServicePlanEditor.IsPlanningYearAsync"/>).</summary>
    public async Task<ServicePlanDetail?> LoadAsync(PlanYear year, string unitCode, ServicePlanUser user, CancellationToken cancellationToken)
    {
        var unit = await db.OrganisationUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Code == unitCode, cancellationToken);
        if (unit is null || !ServicePlan.IsWrittenBy(unit.Kind) || !await editor.IsPlanningYearAsync(year, cancellationToken))
        {
            return null;
        }

        var plan = await db.ServicePlans.AsNoTracking().Include(p => p.Sections).SingleOrDefaultAsync(p => p.PlanYear == year && p.UnitCode == unitCode, cancellationToken);
        var template = await editor.TemplateAsync(year, cancellationToken);
        var lastYear = year.Previous;
        var hasLastYear = await db.ServicePlans.AnyAsync(p => p.PlanYear == lastYear && p.UnitCode == unitCode, cancellationToken);
        var status = plan?.Status ?? ServicePlanStatus.Draft;
        var allowed = Enum.GetValues<ServicePlanAction>().Where(a => ServicePlanWorkflow.Allows(user, a, status, unitCode, plan?.SubmittedBy)).Select(Code).ToList();
        return new ServicePlanDetail(
            year.Label,
            year.StartYear,
            unit.Code,
            unit.Name,
            ServicePlanListQuery.TeamOf(unit),
            ServicePlanStatuses.CodeOf(plan?.Status),
            plan?.UpdatedBy,
            plan?.UpdatedAt,
            plan?.SubmittedBy,
            plan?.SubmittedAt,
            plan?.DecidedBy,
            plan?.DecidedAt,
            plan?.ReturnComment,
            PlanLate.From(PlanningCycle.For(year).LatenessOf(plan?.Status, Core.Time.UkTime.Today(clock))),
            hasLastYear,
            allowed,
            [.. template.Sections.Select(s => new ServicePlanSectionText(s.Key, GroupCode(s.Group), s.Title, s.Hint, s.Required, plan?.TextOf(s.Key)))]);
    }

    /// <summary>An action as the API names it: <c>edit</c>, <c>submit</c>, <c>approve</c>, <c>return</c>.</summary>
    public static string Code(ServicePlanAction action) => action.ToString().ToLowerInvariant();

    public static string? GroupCode(TemplateGroup group) => group switch
    {
        TemplateGroup.Kloes => "kloes",
        TemplateGroup.Workforce => "workforce",
        _ => null,
    };
}

using LocalCare.Core.Organisation;
using LocalCare.Core.Plans;
using LocalCare.Core.ServicePlans;
using LocalCare.Data;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Features.ServicePlans;

/// <summary>Every service and neighbourhood team with its plan for a year (filtered), the count of plans in each status and the years to choose from.</summary>
public sealed record ServicePlanList(
    string PlanYear, int Year, ServicePlanFilter Filter, int Count, IReadOnlyList<ServicePlanSummary> Plans, IReadOnlyList<ServicePlanStatusCount> Statuses, IReadOnlyList<int> Years);

/// <summary>
/// One unit's plan for the year: the unit, its kind of team, the status code (<c>not_started</c> when it has no plan), when it
/// was submitted and decided (UTC), and why it is late, if it is.
/// </summary>
public sealed record ServicePlanSummary(
    string UnitCode, string UnitName, string Team, string Status, DateTime? SubmittedAt, DateTime? DecidedAt, PlanLate? Late);

/// <summary>Why a plan is late: <c>not_submitted</c> or <c>not_approved</c>, the deadline it missed, and the reason in words.</summary>
public sealed record PlanLate(string Code, DateOnly Deadline, string Reason)
{
    public static PlanLate? From(PlanLateness? lateness) => lateness is null ? null : new(lateness.Code, lateness.Deadline, lateness.Reason);
}

/// <summary>How many of the year's units (unfiltered) have a plan in a status; <c>not_started</c> counts units with none.</summary>
public sealed record ServicePlanStatusCount(string Status, string Label, int Count);

/// <summary>The list's filters: a status code (null: any) and whether to show only the units the signed-in person looks after.</summary>
public sealed record ServicePlanFilter(string? Status = null, bool Mine = false)
{
    public bool IsEmpty => Status is null && !Mine;

    public ServicePlanFilter Normalised() => this with { Status = string.IsNullOrWhiteSpace(Status) ? null : Status.Trim().ToLowerInvariant() };

    /// <summary>Problems by parameter name.</summary>
    public IReadOnlyDictionary<string, string[]> Problems() =>
        Status is not null && !ServicePlanStatuses.Codes.Contains(Status)
            ? new Dictionary<string, string[]> { ["status"] = [$"Status must be one of {string.Join(", ", ServicePlanStatuses.Codes)}"] }
            : new Dictionary<string, string[]>();
}

/// <summary>Builds <see cref="ServicePlanList"/>; used by the service plans page and <c>GET /api/service-plans</c>.</summary>
public sealed class ServicePlanListQuery(LocalCareDbContext db, TimeProvider clock)
{
    public async Task<ServicePlanList> LoadAsync(PlanYear year, ServicePlanFilter filter, IReadOnlySet<string> lookedAfter, CancellationToken cancellationToken)
    {
        var rows = await RowsAsync(year, cancellationToken);
        var statuses = ServicePlanStatuses.Codes.Select(code => new ServicePlanStatusCount(code, ServicePlanStatuses.LabelOf(code), rows.Count(r => r.Status == code))).ToList();
        var shown = rows
            .Where(r => filter.Status is null || r.Status == filter.Status)
            .Where(r => !filter.Mine || lookedAfter.Contains(r.UnitCode))
            .ToList();
        var years = await ServicePlanYears.ChoicesAsync(db, year, cancellationToken);
        return new ServicePlanList(year.Label, year.StartYear, filter, shown.Count, shown, statuses, [.. years.Select(y => y.StartYear)]);
    }

    /// <summary>Every unit that writes a plan, neighbourhood teams first then services by group, each with its plan for the year.</summary>
    public async Task<IReadOnlyList<ServicePlanSummary>> RowsAsync(PlanYear year, CancellationToken cancellationToken)
    {
        var tree = new OrganisationTree(await db.OrganisationUnits.AsNoTracking().ToListAsync(cancellationToken));
        var plans = await db.ServicePlans.AsNoTracking().Where(p => p.PlanYear == year).ToDictionaryAsync(p => p.UnitCode, StringComparer.Ordinal, cancellationToken);
        var cycle = PlanningCycle.For(year);
        var today = Core.Time.UkTime.Today(clock);
        return [.. Writers(tree).Select(unit =>
        {
            var plan = plans.GetValueOrDefault(unit.Code);
            return new ServicePlanSummary(
                unit.Code,
                unit.Name,
                TeamOf(unit),
                ServicePlanStatuses.CodeOf(plan?.Status),
                plan?.SubmittedAt,
                plan?.DecidedAt,
                PlanLate.From(cycle.LatenessOf(plan?.Status, today)));
        })];
    }

    /// <summary>"Integrated neighbourhood team", or the service's group ("Children's services (citywide)").</summary>
    public static string TeamOf(OrganisationUnit unit) =>
        unit.Kind == UnitKind.Neighbourhood ? "Integrated neighbourhood team" : unit.ServiceGroup?.ToLabel() ?? "Other services";

    private static IEnumerable<OrganisationUnit> Writers(OrganisationTree tree) =>
        tree.Neighbourhoods.Concat(tree.ServicesByGroup.SelectMany(g => g));
}

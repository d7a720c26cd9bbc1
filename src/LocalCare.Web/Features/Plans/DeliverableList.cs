using LocalCare.Core.Plans;
using LocalCare.Data;
using LocalCare.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Features.Plans;

/// <summary>The deliverables of a plan year (by default the one the pages show) that match a filter, with the choices each filter offers.</summary>
public sealed record DeliverableList(string? PlanYear, DeliverableFilter Filter, int Count, IReadOnlyList<DeliverableSummary> Deliverables, DeliverableFilterOptions Options);

/// <summary>One row of the deliverables table; <c>Status</c> is the current status code (e.g. <c>on_track</c>).</summary>
public sealed record DeliverableSummary(string Code, string Title, CodeAndName Priority, CodeAndName Workplan, string Owner, string Due, string Status);

/// <summary>A coded thing and its name: a priority, a workplan or a status.</summary>
public sealed record CodeAndName(string Code, string Name);

/// <summary>What each filter can be set to, drawn from the data.</summary>
public sealed record DeliverableFilterOptions(IReadOnlyList<CodeAndName> Priorities, IReadOnlyList<CodeAndName> Workplans, IReadOnlyList<CodeAndName> Statuses, IReadOnlyList<string> Owners);

/// <summary>Filters for the deliverables list; each is a code (owner: the owner's name) and null means "any".</summary>
public sealed record DeliverableFilter(string? Priority = null, string? Workplan = null, string? Status = null, string? Owner = null)
{
    public bool IsEmpty => Priority is null && Workplan is null && Status is null && Owner is null;

    /// <summary>Blank values become null and the rest are trimmed.</summary>
    public DeliverableFilter Normalised() => new(Clean(Priority), Clean(Workplan), Clean(Status), Clean(Owner));

    /// <summary>Problems by parameter name; only the status has a fixed set of values.</summary>
    public IReadOnlyDictionary<string, string[]> Problems() =>
        Status is not null && !DeliverableStatuses.TryParse(Status, out _)
            ? new Dictionary<string, string[]> { ["status"] = [$"Status must be one of {string.Join(", ", DeliverableStatuses.All.Select(s => s.ToCode()))}"] }
            : new Dictionary<string, string[]>();

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>Builds <see cref="DeliverableList"/>; used by the deliverables page and <c>GET /api/deliverables</c>.</summary>
public sealed class DeliverableListQuery(LocalCareDbContext db)
{
    /// <summary>The deliverables of <paramref name="year"/>, or of the year the pages show when it is null.</summary>
    public async Task<DeliverableList> LoadAsync(DeliverableFilter filter, CancellationToken cancellationToken, PlanYear? year = null)
    {
        filter = filter.Normalised();
        var statuses = DeliverableStatuses.All.Select(s => new CodeAndName(s.ToCode(), s.ToLabel())).ToList();
        if ((year ?? await PlanYears.LatestAsync(db, cancellationToken)) is not { } planYear)
        {
            return new DeliverableList(null, filter, 0, [], new DeliverableFilterOptions([], [], statuses, []));
        }

        var priorities = await db.Priorities.AsNoTracking().Where(p => p.PlanYear == planYear).OrderBy(p => p.Order).ToListAsync(cancellationToken);
        var workplans = await db.Workplans.AsNoTracking().OrderBy(w => w.Order).ToListAsync(cancellationToken);
        var deliverables = await db.Deliverables.AsNoTracking().Where(d => d.PlanYear == planYear).Include(d => d.Updates).ToListAsync(cancellationToken);

        var priorityOrder = priorities.Select((p, i) => (p.Code, i)).ToDictionary(p => p.Code, p => p.i);
        var workplanOrder = workplans.Select((w, i) => (w.Code, i)).ToDictionary(w => w.Code, w => w.i);
        var priorityNames = priorities.ToDictionary(p => p.Code, p => p.Name);
        var workplanNames = workplans.ToDictionary(w => w.Code, w => w.Name);
        DeliverableStatus? status = DeliverableStatuses.TryParse(filter.Status, out var parsed) ? parsed : null;

        var rows = deliverables
            .Where(d => filter.Priority is null || d.PriorityCode == filter.Priority)
            .Where(d => filter.Workplan is null || d.WorkplanCode == filter.Workplan)
            .Where(d => filter.Status is null || d.CurrentStatus == status)
            .Where(d => filter.Owner is null || string.Equals(d.Owner, filter.Owner, StringComparison.OrdinalIgnoreCase))
            .OrderBy(d => priorityOrder.GetValueOrDefault(d.PriorityCode, int.MaxValue))
            .ThenBy(d => workplanOrder.GetValueOrDefault(d.WorkplanCode, int.MaxValue))
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .Select(d => new DeliverableSummary(
                d.Code,
                d.Title,
                new CodeAndName(d.PriorityCode, priorityNames.GetValueOrDefault(d.PriorityCode, d.PriorityCode)),
                new CodeAndName(d.WorkplanCode, workplanNames.GetValueOrDefault(d.WorkplanCode, d.WorkplanCode)),
                d.Owner,
                d.Due.Label,
                d.CurrentStatus.ToCode()))
            .ToList();

        var options = new DeliverableFilterOptions(
            priorities.Select(p => new CodeAndName(p.Code, p.Name)).ToList(),
            workplans.Select(w => new CodeAndName(w.Code, w.Name)).ToList(),
            statuses,
            deliverables.Select(d => d.Owner).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList());
        return new DeliverableList(planYear.Label, filter, rows.Count, rows, options);
    }
}

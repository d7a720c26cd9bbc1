using LocalCare.Core.Plans;
using LocalCare.Data.Audit;
using LocalCare.Data.WaitingLists;
using LocalCare.Web.Features.Data;
using LocalCare.Web.Features.History;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalCare.Web.Features.Plans;

/// <summary>One deliverable's page; 404 for a code that does not exist.</summary>
public sealed class DeliverableModel(
    DeliverableDetailQuery query, WaitingGoalChecks goalChecks, WarehouseGate gate, ChangeHistory history, QuarterlyUpdates updates) : PageModel
{
    /// <summary>What the last post did, shown once after its redirect.</summary>
    [TempData]
    public string? Message { get; set; }

    public bool CanEdit => User.CanEditPlan();

    public bool CanWriteUpdates => User.CanWriteUpdate(Deliverable.OwnerUserName);

    /// <summary>The quarters of its year whose updates may still be written (started, not locked).</summary>
    public IReadOnlyList<PlanQuarter> WritableQuarters { get; private set; } = [];

    /// <summary>Who changed the deliverable, its updates and alignments, and when; newest first.</summary>
    public IReadOnlyList<HistoryEntry> History { get; private set; } = [];

    public DeliverableDetail Deliverable { get; private set; } = null!;

    /// <summary>The deliverable's waiting-list goals, each checked against a simulation from the latest census.</summary>
    public IReadOnlyList<WaitingGoalOutcome> WaitingGoals { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await query.LoadAsync(code, cancellationToken) is not { } deliverable)
        {
            return NotFound();
        }

        Deliverable = deliverable;
        History = await history.ForAsync(Subjects.Deliverable(code), cancellationToken);
        var year = PlanYear.TryParse(deliverable.PlanYear, out var parsed) ? parsed : default;
        var locked = (await updates.LocksAsync(year, cancellationToken)).Select(l => l.Quarter).ToList();
        WritableQuarters = [.. Enumerable.Range(1, 4).Select(year.Quarter).Where(q => QuarterlyReporting.WhyNotWritable(q, locked, updates.Today) is null)];
        var goals = await goalChecks.GoalsAsync(code, cancellationToken);
        if (goals.Count > 0)
        {
            WaitingGoals = await gate.ReadAsync(() => goals.Select(goalChecks.Check).ToList(), cancellationToken);
        }

        return Page();
    }
}

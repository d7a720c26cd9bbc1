using LocalCare.Core.Plans;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalCare.Web.Features.Plans;

/// <summary>
/// Quarterly updates: "my updates" for the open quarter, what is due and overdue by owner, and the quarters with their locks
/// (an executive locks a quarter that has ended from here).
/// </summary>
public sealed class UpdatesModel(UpdatesOverviewQuery query, QuarterlyUpdates updates) : PageModel
{
    public UpdatesOverview Overview { get; private set; } = null!;

    public bool CanLock => User.CanLockQuarter();

    [TempData]
    public string? Message { get; set; }

    /// <summary>Why the last lock was refused.</summary>
    public string? LockProblem { get; private set; }

    /// <summary>A lock asked for while the quarter still has updates to write: what is missing, by owner, before it is confirmed.</summary>
    public LockWarning? Warning { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? year, CancellationToken cancellationToken) =>
        await LoadAsync(year, cancellationToken) ? Page() : NotFound();

    /// <summary>
    /// Locks a quarter that has ended. While it still has updates to write the lock waits: the page lists them by owner and asks
    /// again (<paramref name="confirm"/>), as a locked quarter's missing updates can never be written.
    /// </summary>
    public async Task<IActionResult> OnPostLockAsync(string? year, int quarter, bool confirm, CancellationToken cancellationToken)
    {
        if (!CanLock)
        {
            return Forbid();
        }

        if (!await LoadAsync(year, cancellationToken))
        {
            return NotFound();
        }

        var planYear = Overview.PlanYear;
        var missing = LockWarning.Of(Overview, quarter);
        if (!confirm && missing is not null)
        {
            Warning = missing;
            return Page();
        }

        var result = await updates.LockAsync(planYear, quarter, User.RolesOf(), User.NameOf(), cancellationToken);
        if (result.Outcome == PlanChangeOutcome.Saved)
        {
            Message = $"{planYear.Quarter(quarter).Label} locked: its updates are now read-only"
                + (missing is null ? "" : $"; {missing.Count} {(missing.Count == 1 ? "update was" : "updates were")} not written");
            return Redirect($"/updates?year={planYear.StartYear}");
        }

        if (result.Outcome == PlanChangeOutcome.NotFound)
        {
            return NotFound();
        }

        LockProblem = result.Problems[0].Message;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(string? year, CancellationToken cancellationToken)
    {
        PlanYear? asked = PlanYear.TryParse(year, out var parsed) ? parsed : null;
        if (year is not null && asked is null)
        {
            return false;
        }

        Overview = (await query.LoadAsync(asked, User.Identity?.Name, cancellationToken))!;
        return Overview is not null;
    }
}

/// <summary>The updates a quarter about to be locked still lacks, by owner (as the reminders list them), and how many in all.</summary>
public sealed record LockWarning(int Quarter, string Label, IReadOnlyList<OwnerReminders> ByOwner, int Count)
{
    /// <summary>Null when the quarter owes nothing, or cannot be locked anyway (not ended, or locked already): the lock then answers for itself.</summary>
    public static LockWarning? Of(UpdatesOverview overview, int quarter)
    {
        if (overview.Quarters.FirstOrDefault(q => q.Number == quarter) is not { Ended: true, LockedBy: null } state)
        {
            return null;
        }

        var byOwner = overview.ByOwner
            .Select(o => o.Items.Where(i => i.Quarter == quarter).ToList() is { Count: > 0 } items
                ? new OwnerReminders(o.Owner, items.Count(i => !i.Overdue), items.Count(i => i.Overdue), items)
                : null)
            .OfType<OwnerReminders>()
            .ToList();
        return byOwner.Count == 0 ? null : new LockWarning(quarter, state.Label, byOwner, byOwner.Sum(o => o.Items.Count));
    }
}

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

    public async Task<IActionResult> OnGetAsync(string? year, CancellationToken cancellationToken) =>
        await LoadAsync(year, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostLockAsync(string? year, int quarter, CancellationToken cancellationToken)
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
        var result = await updates.LockAsync(planYear, quarter, User.RolesOf(), User.NameOf(), cancellationToken);
        if (result.Outcome == PlanChangeOutcome.Saved)
        {
            Message = $"{planYear.Quarter(quarter).Label} locked: its updates are now read-only";
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

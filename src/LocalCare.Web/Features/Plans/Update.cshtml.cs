using LocalCare.Core.Plans;
using LocalCare.Data;
using LocalCare.Web.Features.Performance;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Features.Plans;

/// <summary>
/// Writing a deliverable's update for one quarter: status, commentary and (when at risk or off track) the action. Its owner,
/// executives and administrators may write it until the quarter is locked; everyone else gets 403.
/// </summary>
public sealed class UpdateModel(LocalCareDbContext db, QuarterlyUpdates updates) : PageModel
{
    public Deliverable Deliverable { get; private set; } = null!;

    public PlanQuarter Quarter { get; private set; }

    public QuarterlyUpdateInput Input { get; private set; } = new();

    public FormErrors Errors { get; private set; } = new();

    /// <summary>Why the update cannot be written (locked, not started); null when it can.</summary>
    public string? ReadOnlyReason { get; private set; }

    /// <summary>The previous quarter's update, offered as the starting point.</summary>
    public DeliverableUpdate? Previous { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, int quarter, CancellationToken cancellationToken)
    {
        if (await LoadAsync(code, quarter, cancellationToken) is { } refused)
        {
            return refused;
        }

        Input = QuarterlyUpdateInput.From(Deliverable.UpdateFor(quarter) ?? Previous);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, int quarter, QuarterlyUpdateInput input, CancellationToken cancellationToken)
    {
        if (await LoadAsync(code, quarter, cancellationToken) is { } refused)
        {
            return refused;
        }

        var result = await updates.SaveAsync(code, quarter, input, User.RolesOf(), User.NameOf(), cancellationToken);
        switch (result.Outcome)
        {
            case PlanChangeOutcome.Saved:
                TempData["Message"] = $"{Quarter.Label} update saved";
                return Redirect($"/deliverables/{Uri.EscapeDataString(code)}#updates");
            case PlanChangeOutcome.Forbidden:
                return Forbid();
            case PlanChangeOutcome.NotFound:
                return NotFound();
            default:
                Input = input;
                Errors = FormErrors.Of(result.Problems);
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
        }
    }

    public FieldError Field(string id) => new(id, Errors.For(id));

    private async Task<IActionResult?> LoadAsync(string code, int quarter, CancellationToken cancellationToken)
    {
        var deliverable = await db.Deliverables.AsNoTracking().Include(d => d.Updates).SingleOrDefaultAsync(d => d.Code == code, cancellationToken);
        if (deliverable is null || quarter is < 1 or > 4)
        {
            return NotFound();
        }

        if (!User.CanWriteUpdate(deliverable.OwnerUserName))
        {
            return Forbid();
        }

        Deliverable = deliverable;
        Quarter = deliverable.PlanYear.Quarter(quarter);
        Previous = deliverable.Updates.Where(u => u.Quarter < quarter).MaxBy(u => u.Quarter);
        var locked = (await updates.LocksAsync(deliverable.PlanYear, cancellationToken)).Select(l => l.Quarter).ToList();
        ReadOnlyReason = QuarterlyReporting.WhyNotWritable(Quarter, locked, updates.Today);
        return null;
    }
}

using LocalCare.Core.Plans;
using LocalCare.Web.Features.Performance;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalCare.Web.Features.Plans;

/// <summary>Reviewing one of last year's deliverables: delivered, partly or not, a note, and whether to carry it forward.</summary>
[Microsoft.AspNetCore.Authorization.Authorize(Roles = Core.Access.Roles.Executive + "," + Core.Access.Roles.Admin)] // PlanPermissions.CanEditPlan, as metadata so the matrix sees it
public sealed class ReviewDeliverableModel(PlanRollForwardService rollForward) : PageModel
{
    public Deliverable Deliverable { get; private set; } = null!;

    public DeliverableReview Review { get; private set; } = null!;

    public string? Outcome { get; private set; }

    public string? Note { get; private set; }

    public bool CarryForward { get; private set; }

    public FormErrors Errors { get; private set; } = new();

    public FieldError Field(string id) => new(id, Errors.For(id));

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await LoadAsync(code, cancellationToken) is { } refused)
        {
            return refused;
        }

        Outcome = Review.Outcome == DeliverableOutcome.Pending
            ? Deliverable.CurrentStatus == DeliverableStatus.Delivered ? DeliverableOutcome.Delivered.ToCode() : null
            : Review.Outcome.ToCode();
        Note = Review.Note;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, string? outcome, string? note, bool carryForward, CancellationToken cancellationToken)
    {
        if (await LoadAsync(code, cancellationToken) is { } refused)
        {
            return refused;
        }

        var problems = await rollForward.ReviewAsync(code, DeliverableOutcomes.Parse(outcome), note, carryForward, User.NameOf(), cancellationToken);
        if (problems is null)
        {
            return NotFound();
        }

        if (problems.Count > 0)
        {
            (Outcome, Note, CarryForward) = (outcome, note, carryForward);
            Errors = FormErrors.Of(problems);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        TempData["Message"] = $"Review of {code} saved";
        return Redirect($"/plan/review?year={Deliverable.PlanYear.StartYear}");
    }

    private async Task<IActionResult?> LoadAsync(string code, CancellationToken cancellationToken)
    {
        if (!PlanPermissions.CanReview(User.RolesOf()))
        {
            return Forbid();
        }

        if (await rollForward.ReviewOfAsync(code, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        (Deliverable, Review) = found;
        return null;
    }
}

using LocalCare.Core.Plans;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalCare.Web.Features.Plans;

/// <summary>"Delivered?": last year's deliverables with their review, once next year's plan has been started from it.</summary>
public sealed class ReviewModel(PlanRollForwardService rollForward) : PageModel
{
    public PlanYear Year { get; private set; }

    public IReadOnlyList<(Deliverable Deliverable, DeliverableReview Review)> Reviews { get; private set; } = [];

    public bool CanReview => PlanPermissions.CanReview(User.RolesOf());

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string? year, CancellationToken cancellationToken)
    {
        if (!PlanYear.TryParse(year, out var parsed))
        {
            return NotFound();
        }

        Year = parsed;
        Reviews = await rollForward.ReviewsAsync(Year, cancellationToken);
        return Reviews.Count == 0 ? NotFound() : Page();
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalCare.Web.Features.Plans;

/// <summary>One deliverable's page; 404 for a code that does not exist.</summary>
public sealed class DeliverableModel(DeliverableDetailQuery query) : PageModel
{
    public DeliverableDetail Deliverable { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await query.LoadAsync(code, cancellationToken) is not { } deliverable)
        {
            return NotFound();
        }

        Deliverable = deliverable;
        return Page();
    }
}

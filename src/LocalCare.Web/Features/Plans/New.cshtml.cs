using LocalCare.Core.Plans;
using LocalCare.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace LocalCare.Web.Features.Plans;

/// <summary>A new deliverable of a plan year (executives and administrators).</summary>
[Microsoft.AspNetCore.Authorization.Authorize(Roles = Core.Access.Roles.Executive + "," + Core.Access.Roles.Admin)] // PlanPermissions.CanEditPlan, as metadata so the matrix sees it
public sealed class NewModel(DeliverableEditor editor, LocalCare.Data.LocalCareDbContext db) : DeliverableFormPage
{
    public async Task<IActionResult> OnGetAsync(string? year, CancellationToken cancellationToken)
    {
        if (await LoadAsync(year, cancellationToken) is { } refused)
        {
            return refused;
        }

        Input = new DeliverableInput().WithBlankRows();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? year, DeliverableInput input, CancellationToken cancellationToken)
    {
        if (await LoadAsync(year, cancellationToken) is { } refused)
        {
            return refused;
        }

        var (code, problems) = await editor.CreateAsync(Year, input, cancellationToken);
        if (code is null)
        {
            Invalid(input, problems);
            return Page();
        }

        TempData["Message"] = $"Deliverable {code} added";
        return Redirect($"/deliverables/{code}");
    }

    private async Task<IActionResult?> LoadAsync(string? year, CancellationToken cancellationToken)
    {
        if (!User.CanEditPlan())
        {
            return Forbid();
        }

        PlanYear? chosen = PlanYear.TryParse(year, out var parsed) ? parsed : await PlanYears.LatestAsync(db, cancellationToken);
        if (chosen is not { } found)
        {
            return NotFound();
        }

        Year = found;
        Options = await editor.OptionsAsync(Year, cancellationToken);
        return Options.Priorities.Count == 0 ? NotFound() : null;
    }
}

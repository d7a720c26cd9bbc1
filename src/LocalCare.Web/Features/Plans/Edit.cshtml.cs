using Microsoft.AspNetCore.Mvc;

namespace LocalCare.Web.Features.Plans;

/// <summary>Changing a deliverable (executives and administrators); every change is in its history.</summary>
[Microsoft.AspNetCore.Authorization.Authorize(Roles = Core.Access.Roles.Executive + "," + Core.Access.Roles.Admin)] // PlanPermissions.CanEditPlan, as metadata so the matrix sees it
public sealed class EditModel(DeliverableEditor editor) : DeliverableFormPage
{
    public string Code { get; private set; } = "";

    public string Title { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (!User.CanEditPlan())
        {
            return Forbid();
        }

        if (await editor.LoadAsync(code, cancellationToken) is not { } deliverable)
        {
            return NotFound();
        }

        (Code, Title, Year) = (deliverable.Code, deliverable.Title, deliverable.PlanYear);
        Options = await editor.OptionsAsync(Year, cancellationToken);
        Input = DeliverableInput.From(deliverable).WithBlankRows();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, DeliverableInput input, CancellationToken cancellationToken)
    {
        if (!User.CanEditPlan())
        {
            return Forbid();
        }

        if (await editor.LoadAsync(code, cancellationToken) is not { } deliverable)
        {
            return NotFound();
        }

        (Code, Title, Year) = (deliverable.Code, deliverable.Title, deliverable.PlanYear);
        Options = await editor.OptionsAsync(Year, cancellationToken);
        var problems = await editor.UpdateAsync(code, input, cancellationToken);
        if (problems is { Count: > 0 })
        {
            Invalid(input, problems);
            return Page();
        }

        TempData["Message"] = "Deliverable saved";
        return Redirect($"/deliverables/{code}");
    }
}

using LocalCare.Data;
using LocalCare.Data.WaitingLists;
using LocalCare.Web.Features.Plans;
using Microsoft.AspNetCore.Mvc;

namespace LocalCare.Web.Features.WaitingLists.Goals;

/// <summary>Adds a waiting-list goal to a deliverable (the plan's editors: executives and administrators); recorded in its history.</summary>
[Microsoft.AspNetCore.Authorization.Authorize(Roles = PlanAccess.EditorRoles)] // PlanPermissions.CanEditPlan, as metadata so the matrix sees it
public sealed class NewModel(WaitingGoalEditor editor, LocalCareDbContext db) : WaitingGoalFormPage(editor, db)
{
    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (!User.CanEditPlan())
        {
            return Forbid();
        }

        if (!await LoadAsync(code, cancellationToken))
        {
            return NotFound();
        }

        Form = new WaitingGoalForm { Scenario = Core.WaitingLists.CapacityScenario.Current };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, WaitingGoalForm form, CancellationToken cancellationToken)
    {
        if (!User.CanEditPlan())
        {
            return Forbid();
        }

        if (!await LoadAsync(code, cancellationToken))
        {
            return NotFound();
        }

        if (Read(form) is not { } input)
        {
            return Page();
        }

        var result = await Editor.AddAsync(code, input, cancellationToken);
        switch (result.Outcome)
        {
            case WaitingGoalEditOutcome.Saved:
                TempData["Message"] = "Waiting-list goal added";
                return Redirect($"/deliverables/{Uri.EscapeDataString(code)}#waiting-goals");
            case WaitingGoalEditOutcome.NotFound:
                return NotFound();
            default:
                Invalid(form, result.Problems);
                return Page();
        }
    }
}

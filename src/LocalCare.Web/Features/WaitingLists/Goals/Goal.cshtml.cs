using LocalCare.Data;
using LocalCare.Data.WaitingLists;
using LocalCare.Web.Features.Plans;
using Microsoft.AspNetCore.Mvc;

namespace LocalCare.Web.Features.WaitingLists.Goals;

/// <summary>Changes or removes one of a deliverable's waiting-list goals (the plan's editors); 404 for a goal the deliverable does not have.</summary>
[Microsoft.AspNetCore.Authorization.Authorize(Roles = PlanAccess.EditorRoles)] // PlanPermissions.CanEditPlan, as metadata so the matrix sees it
public sealed class GoalModel(WaitingGoalEditor editor, LocalCareDbContext db) : WaitingGoalFormPage(editor, db)
{
    public int Id { get; private set; }

    /// <summary>The goal as stored, for the page's heading.</summary>
    public Core.WaitingLists.WaitingGoal Goal { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, int id, CancellationToken cancellationToken)
    {
        if (!User.CanEditPlan())
        {
            return Forbid();
        }

        if (!await LoadGoalAsync(code, id, cancellationToken))
        {
            return NotFound();
        }

        Form = WaitingGoalForm.From(Goal);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, int id, WaitingGoalForm form, CancellationToken cancellationToken)
    {
        if (!User.CanEditPlan())
        {
            return Forbid();
        }

        if (!await LoadGoalAsync(code, id, cancellationToken))
        {
            return NotFound();
        }

        if (Read(form) is not { } input)
        {
            return Page();
        }

        var result = await Editor.ChangeAsync(code, id, input, cancellationToken);
        switch (result.Outcome)
        {
            case WaitingGoalEditOutcome.Saved:
                TempData["Message"] = "Waiting-list goal changed";
                return Redirect($"/deliverables/{Uri.EscapeDataString(code)}#waiting-goals");
            case WaitingGoalEditOutcome.NotFound:
                return NotFound();
            default:
                Invalid(form, result.Problems);
                return Page();
        }
    }

    public async Task<IActionResult> OnPostRemoveAsync(string code, int id, CancellationToken cancellationToken)
    {
        if (!User.CanEditPlan())
        {
            return Forbid();
        }

        var result = await Editor.RemoveAsync(code, id, cancellationToken);
        if (result.Outcome != WaitingGoalEditOutcome.Saved)
        {
            return NotFound();
        }

        TempData["Message"] = "Waiting-list goal removed";
        return Redirect($"/deliverables/{Uri.EscapeDataString(code)}#waiting-goals");
    }

    private async Task<bool> LoadGoalAsync(string code, int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, cancellationToken) || await Editor.FindAsync(code, id, cancellationToken) is not { } goal)
        {
            return false;
        }

        (Id, Goal) = (id, goal);
        return true;
    }
}

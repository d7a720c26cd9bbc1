using LocalCare.Core.Risks;
using LocalCare.Data;
using LocalCare.Data.Risks;
using LocalCare.Web.Features.Performance;
using LocalCare.Web.Features.Plans;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalCare.Web.Features.Risks;

/// <summary>Changes a risk's details, initial and target scores, review date and links (administrators and executives); 404 for an unknown code.</summary>
[Microsoft.AspNetCore.Authorization.Authorize(Roles = Core.Access.Roles.Executive + "," + Core.Access.Roles.Admin)] // RiskPermissions.CanEdit, as metadata so the matrix sees it
public sealed class EditModel(RiskRegister register, RiskEditor editor, LocalCareDbContext db) : PageModel
{
    public Risk Risk { get; private set; } = null!;

    public RiskFormView View { get; private set; } = null!;

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (!User.CanEditRisks())
        {
            return Forbid();
        }

        if (await register.FindAsync(code, cancellationToken) is not { } risk)
        {
            return NotFound();
        }

        Risk = risk;
        await LoadAsync(RiskForm.From(RiskDraft.From(risk)), new FormErrors(), cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, RiskForm form, CancellationToken cancellationToken)
    {
        var result = await editor.UpdateAsync(code, form.ToDraft(), User.RolesOf(), cancellationToken);
        switch (result.Outcome)
        {
            case RiskEditOutcome.Saved:
                Message = $"Risk {code} saved";
                return Redirect(RiskViews.RiskUrl(code));
            case RiskEditOutcome.Forbidden:
                return Forbid();
            case RiskEditOutcome.NotFound:
                return NotFound();
            default:
                Risk = (await register.FindAsync(code, cancellationToken))!;
                await LoadAsync(form, FormErrors.Of(result.Problems), cancellationToken);
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
        }
    }

    private async Task LoadAsync(RiskForm form, FormErrors errors, CancellationToken cancellationToken) =>
        View = new RiskFormView(form, errors, await RiskFormChoicesReader.ReadAsync(db, form.Priorities, cancellationToken), Raising: false,
            RiskViews.EditUrl(Risk.Code), "Save the risk", RiskViews.RiskUrl(Risk.Code));
}

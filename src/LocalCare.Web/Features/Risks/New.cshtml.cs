using LocalCare.Core.Risks;
using LocalCare.Data;
using LocalCare.Data.Risks;
using LocalCare.Web.Features.Performance;
using LocalCare.Web.Features.Plans;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalCare.Web.Features.Risks;

/// <summary>Raises a risk (administrators and executives): a problem re-renders the form with the error summary and status 400; once saved, the risk's page.</summary>
[Microsoft.AspNetCore.Authorization.Authorize(Roles = Core.Access.Roles.Executive + "," + Core.Access.Roles.Admin)] // RiskPermissions.CanEdit, as metadata so the matrix sees it
public sealed class NewModel(RiskEditor editor, LocalCareDbContext db) : PageModel
{
    public RiskFormView View { get; private set; } = null!;

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!User.CanEditRisks())
        {
            return Forbid();
        }

        await LoadAsync(new RiskForm { ReviewDate = RiskFields.Iso(editor.Today.AddMonths(3)) }, new FormErrors(), cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(RiskForm form, CancellationToken cancellationToken)
    {
        var result = await editor.RaiseAsync(form.ToDraft(), User.RolesOf(), User.Actor(), cancellationToken);
        switch (result.Outcome)
        {
            case RiskEditOutcome.Saved:
                Message = $"Risk {result.Code} raised";
                return Redirect(RiskViews.RiskUrl(result.Code!));
            case RiskEditOutcome.Forbidden:
                return Forbid();
            default:
                await LoadAsync(form, FormErrors.Of(result.Problems), cancellationToken);
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
        }
    }

    private async Task LoadAsync(RiskForm form, FormErrors errors, CancellationToken cancellationToken) =>
        View = new RiskFormView(form, errors, await RiskFormChoicesReader.ReadAsync(db, form.Priorities, cancellationToken), Raising: true, RiskViews.NewUrl, "Raise the risk", RiskViews.RegisterUrl);
}

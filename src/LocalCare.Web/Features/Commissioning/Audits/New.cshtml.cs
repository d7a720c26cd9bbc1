using LocalCare.Core.Commissioning;
using LocalCare.Data.Commissioning.Audits;
using LocalCare.Web.Features.Performance;
using LocalCare.Web.Features.Plans;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalCare.Web.Features.Commissioning.Audits;

/// <summary>
/// Records a quality audit of a provider (<c>?provider=CODE</c>, 404 when unknown): the date, the auditor, the overall rating
/// and a rating for each key question looked at. Commissioners and administrators only; a problem re-renders the form with the
/// error summary and status 400; once saved, the audit's page.
/// </summary>
[Microsoft.AspNetCore.Authorization.Authorize(Roles = Core.Access.Roles.Admin + "," + Core.Access.Roles.Commissioner)] // CommissioningPermissions.EditRoles, as metadata so the matrix sees it
public sealed class NewModel(AuditQueries queries, AuditEditor editor) : PageModel
{
    public Provider Provider { get; private set; } = null!;

    public AuditInput Input { get; private set; } = new();

    public FormErrors Errors { get; private set; } = new();

    [TempData]
    public string? Message { get; set; }

    public FieldError Field(string id) => new(id, Errors.For(id));

    public async Task<IActionResult> OnGetAsync(string? provider, CancellationToken cancellationToken)
    {
        if (!User.CanEditAudits())
        {
            return Forbid();
        }

        if (await queries.ProviderAsync(provider, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        Provider = found;
        Input = new AuditInput { AuditDate = AuditViews.Iso(queries.Today) };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? provider, AuditInput input, CancellationToken cancellationToken)
    {
        if (!User.CanEditAudits())
        {
            return Forbid();
        }

        if (await queries.ProviderAsync(provider, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        Provider = found;
        Input = input;
        var result = await editor.RecordAuditAsync(input.ToNew(found.Code), User.RolesOf(), cancellationToken);
        switch (result.Outcome)
        {
            case AuditEditOutcome.Saved:
                Message = $"Audit {result.Code} recorded";
                return Redirect(AuditViews.AuditUrl(result.Code!));
            case AuditEditOutcome.Forbidden:
                return Forbid();
            default:
                Errors = AuditViews.Errors(null, result.Problems);
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
        }
    }
}

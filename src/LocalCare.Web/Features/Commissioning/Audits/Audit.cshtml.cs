using LocalCare.Data.Audit;
using LocalCare.Data.Commissioning.Audits;
using LocalCare.Web.Features.History;
using LocalCare.Web.Features.Performance;
using LocalCare.Web.Features.Plans;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalCare.Web.Features.Commissioning.Audits;

/// <summary>
/// One quality audit: its ratings, its action plan and its history; 404 for an unknown code. Commissioners and administrators
/// raise actions, update or complete them and mark the audit complete through forms that post back here (one handler each);
/// a problem (an audit rated requires improvement or poor with no action, say) re-renders with the error summary and status
/// 400. Every other role reads it; a post by them is refused.
/// </summary>
public sealed class AuditModel(AuditQueries queries, AuditEditor editor, ChangeHistory history) : PageModel
{
    public const string AddForm = "action";

    public AuditDetail Detail { get; private set; } = null!;

    public IReadOnlyList<HistoryEntry> History { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public FormErrors Errors { get; private set; } = new();

    public ActionInput NewAction { get; private set; } = new();

    /// <summary>The update form just posted, kept with its problems; the other actions' forms show their stored values.</summary>
    public ActionChangeInput? PostedChange { get; private set; }

    /// <summary>What the last post did, shown once after its redirect.</summary>
    [TempData]
    public string? Message { get; set; }

    public bool CanEdit => User.CanEditAudits();

    public FieldError Field(string id) => new(id, Errors.For(id));

    /// <summary>Where a form posts: this page's handler.</summary>
    public string PostUrl(string handler) => $"{AuditViews.AuditUrl(Detail.Audit.Code)}?handler={handler}";

    /// <summary>The values an action's update form shows.</summary>
    public ActionChangeInput ChangeFor(Core.Commissioning.AuditAction action) =>
        PostedChange is { } posted && posted.ActionCode == action.Code ? posted : ActionChangeInput.From(action);

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (!User.CanSeeAudits())
        {
            return Forbid();
        }

        return await LoadAsync(code, cancellationToken) ?? Page();
    }

    public async Task<IActionResult> OnPostAddActionAsync(string code, ActionInput input, CancellationToken cancellationToken)
    {
        if (!CanEdit)
        {
            return Forbid();
        }

        if (await LoadAsync(code, cancellationToken) is { } notFound)
        {
            return notFound;
        }

        NewAction = input;
        var result = await editor.AddActionAsync(Detail.Audit.Code, input.ToNew(), User.RolesOf(), cancellationToken);
        return Outcome(result, AddForm, $"Action {result.Code} added", "#actions");
    }

    public async Task<IActionResult> OnPostUpdateActionAsync(string code, ActionChangeInput input, CancellationToken cancellationToken)
    {
        if (!CanEdit)
        {
            return Forbid();
        }

        if (await LoadAsync(code, cancellationToken) is { } notFound)
        {
            return notFound;
        }

        if (Detail.Actions.FirstOrDefault(a => a.Code == input.ActionCode?.Trim()) is not { } action)
        {
            return NotFound();
        }

        PostedChange = input;
        var result = await editor.UpdateActionAsync(Detail.Audit.Code, action.Code, input.ToChange(), User.RolesOf(), cancellationToken);
        var done = action.CompletedDate is null && !string.IsNullOrWhiteSpace(input.CompletedDate) ? "completed" : "updated";
        return Outcome(result, action.Code, $"Action {action.Code} {done}", "#actions");
    }

    public async Task<IActionResult> OnPostCompleteAsync(string code, CancellationToken cancellationToken)
    {
        if (!CanEdit)
        {
            return Forbid();
        }

        if (await LoadAsync(code, cancellationToken) is { } notFound)
        {
            return notFound;
        }

        var result = await editor.CompleteAuditAsync(Detail.Audit.Code, User.RolesOf(), cancellationToken);
        return Outcome(result, null, $"Audit {Detail.Audit.Code} marked complete", "");
    }

    private async Task<IActionResult?> LoadAsync(string code, CancellationToken cancellationToken)
    {
        if (await queries.AuditAsync(code, cancellationToken) is not { } detail)
        {
            return NotFound();
        }

        Detail = detail;
        Today = queries.Today;
        History = await history.ForAsync(Subjects.QualityAudit(detail.Audit.Code), cancellationToken);
        return null;
    }

    private IActionResult Outcome(AuditEditResult result, string? form, string message, string fragment)
    {
        switch (result.Outcome)
        {
            case AuditEditOutcome.Saved:
                Message = message;
                return Redirect(AuditViews.AuditUrl(Detail.Audit.Code) + fragment);
            case AuditEditOutcome.Forbidden:
                return Forbid();
            case AuditEditOutcome.NotFound:
                return NotFound();
            default:
                Errors = AuditViews.Errors(form, result.Problems);
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
        }
    }
}

using LocalCare.Data.Audit;
using LocalCare.Data.Portfolio;
using LocalCare.Web.Features.History;
using LocalCare.Web.Features.Performance;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalCare.Web.Features.Portfolio;

/// <summary>
/// One programme: its status and commentary, where it sits (scope, theme, LCOs), its projects, the deliverables it carries
/// and its history; 404 for an unknown code. Executives and administrators change it through forms that post back here (one handler each) and re-render with the
/// NHS.UK error summary and status 400; anyone else who posts is refused.
/// </summary>
public sealed class ProgrammeModel(PortfolioQuery query, PortfolioEditor editor, ChangeHistory history) : PageModel
{
    public ProgrammeDetail Programme { get; private set; } = null!;

    /// <summary>Who changed the programme, its projects and its deliverable links, and when; newest first.</summary>
    public IReadOnlyList<HistoryEntry> History { get; private set; } = [];

    /// <summary>The problems of the form just posted, in the order its fields appear.</summary>
    public FormErrors Errors { get; private set; } = new();

    public ProgrammeInput ProgrammeForm { get; private set; } = new();

    public ProjectInput ProjectForm { get; private set; } = new();

    /// <summary>The code typed into the link form, kept when it has a problem.</summary>
    public string? DeliverableCode { get; private set; }

    /// <summary>The form just posted (<see cref="ProgrammeFields"/>), open again to show its problems.</summary>
    public string? PostedForm { get; private set; }

    /// <summary>What the last post did, shown once after its redirect.</summary>
    [TempData]
    public string? Message { get; set; }

    public bool CanEdit => User.Can(PortfolioAccess.Edit);

    public async Task<IActionResult> OnGetAsync(string code, string? project, CancellationToken cancellationToken)
    {
        if (await LoadAsync(code, cancellationToken) is { } notFound)
        {
            return notFound;
        }

        if (project is not null && Programme.Projects.FirstOrDefault(j => string.Equals(j.Code, project.Trim(), StringComparison.OrdinalIgnoreCase)) is { } chosen)
        {
            ProjectForm = ProjectInput.From(chosen);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostProgrammeAsync(string code, ProgrammeInput input, CancellationToken cancellationToken)
    {
        if (!CanEdit)
        {
            return Forbid();
        }

        if (await LoadAsync(code, cancellationToken) is { } notFound)
        {
            return notFound;
        }

        var result = await editor.UpdateProgrammeAsync(code, input.ToEdit(), cancellationToken);
        input.Name ??= Programme.Name;
        input.Scope ??= Programme.Scope;
        input.Theme ??= Programme.Theme;
        input.Partners ??= Programme.Partners;
        ProgrammeForm = input;
        return Outcome(result, ProgrammeFields.Programme, "Programme updated", "#programme");
    }

    public async Task<IActionResult> OnPostProjectAsync(string code, ProjectInput input, CancellationToken cancellationToken)
    {
        if (!CanEdit)
        {
            return Forbid();
        }

        if (await LoadAsync(code, cancellationToken) is { } notFound)
        {
            return notFound;
        }

        ProjectForm = input;
        var result = input.IsNew
            ? await editor.AddProjectAsync(code, input.ToEdit(), cancellationToken)
            : await editor.UpdateProjectAsync(code, input.ProjectCode!.Trim(), input.ToEdit(), cancellationToken);
        return Outcome(result, ProgrammeFields.Project, $"Project {result.Code} {(input.IsNew ? "added" : "updated")}", "#projects");
    }

    public async Task<IActionResult> OnPostLinkAsync(string code, string? deliverableCode, CancellationToken cancellationToken)
    {
        if (!CanEdit)
        {
            return Forbid();
        }

        if (await LoadAsync(code, cancellationToken) is { } notFound)
        {
            return notFound;
        }

        DeliverableCode = deliverableCode;
        var typed = deliverableCode?.Trim() ?? "";
        var linked = Programme.Deliverables.Select(d => d.Code).ToList();
        if (linked.Contains(typed, StringComparer.OrdinalIgnoreCase))
        {
            PostedForm = ProgrammeFields.DeliverableCode;
            return Invalid(ProgrammeFields.Errors(ProgrammeFields.DeliverableCode, [new("deliverables", $"{typed.ToUpperInvariant()} is already linked to this programme")]));
        }

        var result = await editor.SetDeliverablesAsync(code, [.. linked, deliverableCode], cancellationToken);
        return Outcome(result, ProgrammeFields.DeliverableCode, $"Deliverable {typed.ToUpperInvariant()} linked", "#deliverables");
    }

    public async Task<IActionResult> OnPostUnlinkAsync(string code, string? deliverableCode, CancellationToken cancellationToken)
    {
        if (!CanEdit)
        {
            return Forbid();
        }

        if (await LoadAsync(code, cancellationToken) is { } notFound)
        {
            return notFound;
        }

        var linked = Programme.Deliverables.Select(d => d.Code).ToList();
        if (linked.FirstOrDefault(c => string.Equals(c, deliverableCode?.Trim(), StringComparison.OrdinalIgnoreCase)) is not { } unlinked)
        {
            return NotFound();
        }

        var result = await editor.SetDeliverablesAsync(code, [.. linked.Where(c => c != unlinked)], cancellationToken);
        return Outcome(result, ProgrammeFields.DeliverableCode, $"Deliverable {unlinked} unlinked", "#deliverables");
    }

    /// <summary>Where a form posts: this page's handler.</summary>
    public string PostUrl(string handler) => $"/portfolio/{Uri.EscapeDataString(Programme.Code)}?handler={handler}";

    /// <summary>A field's error, for the <c>_FieldError</c> partial and the field's classes.</summary>
    public FieldError Field(string id) => new(id, Errors.For(id));

    private async Task<IActionResult?> LoadAsync(string code, CancellationToken cancellationToken)
    {
        if (await query.ProgrammeAsync(code, cancellationToken) is not { } programme)
        {
            return NotFound();
        }

        Programme = programme;
        ProgrammeForm = ProgrammeInput.From(programme);
        History = await history.ForAsync(Subjects.Programme(programme.Code), cancellationToken);
        return null;
    }

    private IActionResult Outcome(PortfolioEditResult result, string form, string message, string fragment)
    {
        switch (result.Outcome)
        {
            case PortfolioEditOutcome.NotFound:
                return NotFound();
            case PortfolioEditOutcome.Invalid:
                PostedForm = form;
                return Invalid(ProgrammeFields.Errors(form, result.Problems));
            default:
                Message = message;
                return Redirect($"/portfolio/{Uri.EscapeDataString(Programme.Code)}{fragment}");
        }
    }

    private PageResult Invalid(FormErrors errors)
    {
        Errors = errors;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}

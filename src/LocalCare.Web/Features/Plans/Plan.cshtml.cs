using LocalCare.Core.Boards;
using LocalCare.Core.Plans;
using LocalCare.Data;
using LocalCare.Data.Audit;
using LocalCare.Web.Features.History;
using LocalCare.Web.Features.Home;
using LocalCare.Web.Features.Performance;
using LocalCare.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Features.Plans;

/// <summary>
/// The operating plan of a year: vision, priorities (with their deliverables by status), workplans and KLOEs, and its history
/// (with the workplans', which every year shares). Executives and administrators edit the vision, rename and add workplans
/// here, and start next year's plan from this one.
/// </summary>
public sealed class PlanModel(LocalCareDbContext db, PlanEditor editor, PlanRollForwardService rollForward, ChangeHistory history) : PageModel
{
    public PlanYear Year { get; private set; }

    public IReadOnlyList<PlanYear> Years { get; private set; } = [];

    public IReadOnlyList<VisionStatement> Vision { get; private set; } = [];

    public IReadOnlyList<(Priority Priority, StatusCounts Deliverables)> Priorities { get; private set; } = [];

    public IReadOnlyList<Workplan> Workplans { get; private set; } = [];

    public IReadOnlyList<Kloe> Kloes { get; private set; } = [];

    public IReadOnlyList<HistoryEntry> History { get; private set; } = [];

    /// <summary>Whether the year's deliverables have "delivered?" reviews (next year has been started).</summary>
    public bool HasReviews { get; private set; }

    public bool NextYearStarted { get; private set; }

    public bool CanEdit => User.CanEditPlan();

    public FormErrors Errors { get; private set; } = new();

    /// <summary>The new workplan's code and name as typed, kept when they have a problem.</summary>
    public (string? Code, string? Name) NewWorkplan { get; private set; }

    /// <summary>The vision as the form shows it: one statement per line.</summary>
    public string VisionText { get; private set; } = "";

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string? year, CancellationToken cancellationToken) =>
        await LoadAsync(year, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostVisionAsync(string? year, string? vision, CancellationToken cancellationToken)
    {
        if (!CanEdit)
        {
            return Forbid();
        }

        if (!await LoadAsync(year, cancellationToken))
        {
            return NotFound();
        }

        var problems = await editor.SetVisionAsync(Year, (vision ?? "").Split('\n'), cancellationToken);
        if (problems.Count > 0)
        {
            VisionText = vision ?? "";
            return Invalid(problems);
        }

        Message = "Vision saved";
        return Redirect(PageUrl() + "#vision");
    }

    public async Task<IActionResult> OnPostWorkplanAsync(string? year, string? code, string? name, CancellationToken cancellationToken)
    {
        if (!CanEdit)
        {
            return Forbid();
        }

        if (!await LoadAsync(year, cancellationToken))
        {
            return NotFound();
        }

        var problems = await editor.RenameWorkplanAsync(code ?? "", name, cancellationToken);
        if (problems is null)
        {
            return NotFound();
        }

        if (problems.Count > 0)
        {
            return Invalid(problems);
        }

        Message = $"Workplan {code} renamed";
        return Redirect(PageUrl() + "#workplans");
    }

    public async Task<IActionResult> OnPostAddWorkplanAsync(string? year, string? code, string? name, CancellationToken cancellationToken)
    {
        if (!CanEdit)
        {
            return Forbid();
        }

        if (!await LoadAsync(year, cancellationToken))
        {
            return NotFound();
        }

        var problems = await editor.AddWorkplanAsync(code, name, cancellationToken);
        if (problems.Count > 0)
        {
            NewWorkplan = (code, name);
            return Invalid(problems);
        }

        Message = $"Workplan {code!.Trim()} added";
        return Redirect(PageUrl() + "#workplans");
    }

    /// <summary>The hint under a workplan's name: a workplan has no year, so renaming it renames it in every plan year.</summary>
    public string WorkplanHint() => Years.Count > 1
        ? $"Workplans are shared by every plan year: renaming one renames it in {string.Join(", ", Years.Take(Years.Count - 1).Select(y => y.Label))} and {Years[^1].Label}."
        : "Workplans are shared by every plan year: renaming one renames it in every year's plan.";

    public async Task<IActionResult> OnPostRollForwardAsync(string? year, CancellationToken cancellationToken)
    {
        if (!PlanPermissions.CanRollForward(User.RolesOf()))
        {
            return Forbid();
        }

        if (!await LoadAsync(year, cancellationToken))
        {
            return NotFound();
        }

        if (await rollForward.StartNextYearAsync(Year, cancellationToken) is { } reason)
        {
            return Invalid([new("roll-forward", reason)]);
        }

        Message = $"The {Year.Next.Label} plan has been started from {Year.Label}: review each {Year.Label} deliverable below";
        return Redirect($"/plan/review?year={Year.StartYear}");
    }

    public string PageUrl() => $"/plan?year={Year.StartYear}";

    private PageResult Invalid(IReadOnlyList<Core.Inputs.FieldProblem> problems)
    {
        Errors = FormErrors.Of(problems);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(string? year, CancellationToken cancellationToken)
    {
        Years = [.. (await db.Priorities.AsNoTracking().Select(p => p.PlanYear).Distinct().ToListAsync(cancellationToken)).Order()];
        PlanYear? chosen = PlanYear.TryParse(year, out var parsed) ? parsed : year is null ? await PlanYears.LatestAsync(db, cancellationToken) : null;
        if (chosen is not { } found || !Years.Contains(found))
        {
            return false;
        }

        Year = found;
        Vision = await db.VisionStatements.AsNoTracking().Where(v => v.PlanYear == Year).OrderBy(v => v.Order).ToListAsync(cancellationToken);
        VisionText = string.Join('\n', Vision.Select(v => v.Text));
        var priorities = await db.Priorities.AsNoTracking().Where(p => p.PlanYear == Year).OrderBy(p => p.Order)
            .Include(p => p.Deliverables).ThenInclude(d => d.Updates).AsSplitQuery().ToListAsync(cancellationToken);
        Priorities = [.. priorities.Select(p => (p, StatusCounts.Of(p.Deliverables.Select(d => d.CurrentStatus))))];
        Workplans = await db.Workplans.AsNoTracking().OrderBy(w => w.Order).ToListAsync(cancellationToken);
        Kloes = await db.Kloes.AsNoTracking().Where(k => k.PlanYear == Year).OrderBy(k => k.Order).ToListAsync(cancellationToken);
        NextYearStarted = Years.Contains(Year.Next);
        HasReviews = NextYearStarted && (await rollForward.ReviewsAsync(Year, cancellationToken)).Count > 0;
        History = await history.ForAnyAsync([Subjects.Plan(Year), .. Workplans.Select(w => Subjects.Workplan(w.Code)), .. Kloes.Select(k => Subjects.Kloe(k.Code))], cancellationToken);
        return true;
    }
}

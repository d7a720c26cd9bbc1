using LocalCare.Core.Risks;
using LocalCare.Data;
using LocalCare.Data.Audit;
using LocalCare.Data.Risks;
using LocalCare.Reports.Charts;
using LocalCare.Web.Features.History;
using LocalCare.Web.Features.Performance;
using LocalCare.Web.Features.Plans;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Features.Risks;

/// <summary>
/// One risk: its initial, current and target scores with their bands, what it links to, its controls, assurances and gaps, its
/// actions, its score history as a chart and a table, and its change history. Editors and the risk's owner re-score it and record
/// reviews; editors add actions and change their status. Every role reads it; 404 for an unknown code.
/// </summary>
public sealed class RiskModel(RiskRegister register, RiskEditor editor, ChangeHistory history, LocalCareDbContext db) : PageModel
{
    public Risk Risk { get; private set; } = null!;

    public DateOnly Today => editor.Today;

    public IReadOnlyList<HistoryEntry> History { get; private set; } = [];

    /// <summary>Names of what the risk links to, by kind then code (the code itself when the thing has gone).</summary>
    public IReadOnlyDictionary<(RiskLinkKind, string), string> LinkNames { get; private set; } = new Dictionary<(RiskLinkKind, string), string>();

    /// <summary>The boards it links to whose appetite its current score is above.</summary>
    public IReadOnlyList<(string Code, string Name, int Appetite)> AboveAppetiteOf { get; private set; } = [];

    public string Chart { get; private set; } = "";

    public RiskChartText ChartText { get; private set; } = null!;

    public FormErrors Errors { get; private set; } = new();

    /// <summary>Which form the errors belong to: <c>rescore</c>, <c>review</c>, <c>action</c>.</summary>
    public string? FailedForm { get; private set; }

    public RiskRescore RescoreInput { get; private set; } = new(null, null, null);

    public RiskReview ReviewInput { get; private set; } = new(null, null);

    public RiskActionDraft ActionInput { get; private set; } = new(null, null, null);

    public bool CanEdit => User.CanEditRisks();

    public bool CanRescore => User.CanRescore(Risk);

    [TempData]
    public string? Message { get; set; }

    public FieldError Field(string id) => new(id, Errors.For(id));

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken) =>
        await LoadAsync(code, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostRescoreAsync(string code, string? likelihood, string? consequence, string? note, CancellationToken cancellationToken)
    {
        RescoreInput = new RiskRescore(likelihood, consequence, note);
        return SaveAsync(code, "rescore", "Risk re-scored", () => editor.RescoreAsync(code, RescoreInput, User.RolesOf(), User.Actor(), cancellationToken), cancellationToken);
    }

    public Task<IActionResult> OnPostReviewAsync(string code, string? nextReview, string? note, CancellationToken cancellationToken)
    {
        ReviewInput = new RiskReview(nextReview, note);
        return SaveAsync(code, "review", "Review recorded", () => editor.ReviewAsync(code, ReviewInput, User.RolesOf(), User.Actor(), cancellationToken), cancellationToken);
    }

    public Task<IActionResult> OnPostAddActionAsync(string code, string? description, string? owner, string? due, CancellationToken cancellationToken)
    {
        ActionInput = new RiskActionDraft(description, owner, due);
        return SaveAsync(code, "action", "Action added", () => editor.AddActionAsync(code, ActionInput, User.RolesOf(), cancellationToken), cancellationToken);
    }

    public Task<IActionResult> OnPostActionStatusAsync(string code, int number, string? status, CancellationToken cancellationToken) =>
        SaveAsync(code, "action-status", "Action updated", () => editor.SetActionStatusAsync(code, number, status, User.RolesOf(), cancellationToken), cancellationToken);

    private async Task<IActionResult> SaveAsync(string code, string form, string message, Func<Task<RiskEditResult>> save, CancellationToken cancellationToken)
    {
        var result = await save();
        switch (result.Outcome)
        {
            case RiskEditOutcome.Saved:
                Message = message;
                return Redirect(RiskViews.RiskUrl(code));
            case RiskEditOutcome.Forbidden:
                return Forbid();
            case RiskEditOutcome.NotFound:
                return NotFound();
            default:
                await LoadAsync(code, cancellationToken);
                Errors = FormErrors.Of(result.Problems);
                FailedForm = form;
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
        }
    }

    private async Task<bool> LoadAsync(string code, CancellationToken cancellationToken)
    {
        if (await register.FindAsync(code, cancellationToken) is not { } risk)
        {
            return false;
        }

        Risk = risk;
        History = await history.ForAsync(Subjects.Risk(code), cancellationToken);
        var targets = risk.Links.Select(l => l.Target).ToList();
        var names = new Dictionary<(RiskLinkKind, string), string>();
        foreach (var p in await db.Priorities.AsNoTracking().Where(p => targets.Contains(p.Code)).ToListAsync(cancellationToken))
        {
            names[(RiskLinkKind.Priority, p.Code)] = p.Name;
        }

        foreach (var d in await db.Deliverables.AsNoTracking().Where(d => targets.Contains(d.Code)).ToListAsync(cancellationToken))
        {
            names[(RiskLinkKind.Deliverable, d.Code)] = d.Title;
        }

        foreach (var m in await db.Metrics.AsNoTracking().Where(m => targets.Contains(m.Id)).ToListAsync(cancellationToken))
        {
            names[(RiskLinkKind.Metric, m.Id)] = m.Name;
        }

        var boards = await db.Boards.AsNoTracking().Where(b => targets.Contains(b.Code)).ToListAsync(cancellationToken);
        foreach (var b in boards)
        {
            names[(RiskLinkKind.Board, b.Code)] = b.Name;
        }

        LinkNames = names;
        AboveAppetiteOf = [.. boards.Where(b => risk.LinksOf(RiskLinkKind.Board).Contains(b.Code) && RiskAppetite.IsAbove(risk.Current, b.RiskAppetite))
            .OrderBy(b => b.Order).Select(b => (b.Code, b.Name, b.RiskAppetite))];
        var chart = new RiskScoreChartInput("risk-chart", $"Score history of {risk.Code}", [.. risk.History.Select(p => (p.On, p.Score))], risk.Target);
        Chart = RiskScoreChartSvg.Render(chart);
        ChartText = new RiskChartText(RiskScoreChartSvg.Describe(chart));
        return true;
    }
}

/// <summary>The chart in words, shown under it.</summary>
public sealed record RiskChartText(string Text);

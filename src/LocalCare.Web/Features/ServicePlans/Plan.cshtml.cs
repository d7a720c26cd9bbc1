using LocalCare.Core.Inputs;
using LocalCare.Core.Plans;
using LocalCare.Core.ServicePlans;
using LocalCare.Data.Audit;
using LocalCare.Data.ServicePlans;
using LocalCare.Web.Features.History;
using LocalCare.Web.Features.Performance;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalCare.Web.Features.ServicePlans;

/// <summary>
/// One unit's service plan for a year, section by section, with its history. Whoever may edit it gets the form (save as a
/// draft, or save and submit); an executive gets approve and return when it is submitted. Each form posts back here and
/// re-renders with the NHS.UK error summary: status 400 for something missing, 403 for an action the workflow refuses.
/// </summary>
public sealed class PlanModel(ServicePlanDetailQuery query, ServicePlanEditor editor, ServicePlanUsers users, ChangeHistory history) : PageModel
{
    public ServicePlanDetail Plan { get; private set; } = null!;

    public IReadOnlyList<HistoryEntry> History { get; private set; } = [];

    /// <summary>The problems of the form just posted, in the order its fields appear.</summary>
    public FormErrors Errors { get; private set; } = new();

    /// <summary>The text each section's field shows: the plan's, or what was just posted.</summary>
    public IReadOnlyDictionary<string, string?> Texts { get; private set; } = new Dictionary<string, string?>();

    /// <summary>The return comments field as posted.</summary>
    public string? Comment { get; private set; }

    /// <summary>Why the signed-in person cannot change the plan; null when they can.</summary>
    public string? WhyReadOnly { get; private set; }

    /// <summary>Why an executive who submitted this plan themselves cannot approve or return it; null otherwise.</summary>
    public string? WhyNoDecision { get; private set; }

    /// <summary>What the last post did, shown once after its redirect.</summary>
    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string year, string unit, CancellationToken cancellationToken) =>
        await LoadAsync(year, unit, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostSaveAsync(string year, string unit, CancellationToken cancellationToken) =>
        ChangeAsync(year, unit, async (y, user) => await editor.WriteAsync(y, unit, await PostedTextsAsync(y, cancellationToken), user, cancellationToken), "Your changes to the plan have been saved", cancellationToken);

    public Task<IActionResult> OnPostSubmitAsync(string year, string unit, CancellationToken cancellationToken) =>
        ChangeAsync(year, unit, async (y, user) => await editor.SubmitAsync(y, unit, await PostedTextsAsync(y, cancellationToken), user, cancellationToken), "The plan has been submitted for approval", cancellationToken);

    public Task<IActionResult> OnPostApproveAsync(string year, string unit, CancellationToken cancellationToken) =>
        ChangeAsync(year, unit, (y, user) => editor.ApproveAsync(y, unit, user, cancellationToken), "The plan has been approved", cancellationToken);

    public Task<IActionResult> OnPostReturnAsync(string year, string unit, string? comment, CancellationToken cancellationToken)
    {
        Comment = comment;
        return ChangeAsync(year, unit, (y, user) => editor.ReturnAsync(y, unit, comment, user, cancellationToken), "The plan has been returned with your comments", cancellationToken);
    }

    /// <summary>The id (and form name) of a section's field: <c>section-priorities</c>, <c>section-kloe-K2425-QUALITY</c>.</summary>
    public static string FieldId(string key) => "section-" + key.Replace(':', '-');

    public const string CommentField = "comment";

    /// <summary>Where this page's forms post: its handler at this plan.</summary>
    public string PostUrl(string handler) => $"{PageUrl}?handler={handler}";

    public string PageUrl => $"/service-plans/{Plan.Year}/{Uri.EscapeDataString(Plan.UnitCode)}";

    public string ListUrl => $"/service-plans?year={Plan.Year}";

    public string LastYearsUrl => $"/service-plans/{Plan.Year - 1}/{Uri.EscapeDataString(Plan.UnitCode)}";

    public FieldError Field(string id) => new(id, Errors.For(id));

    /// <summary>"12 Mar 2024 10:00" in UK time.</summary>
    public static string When(DateTime? utc) => utc is { } at ? Shared.UkTime.Format(Core.Time.UkTime.Local(at)) : "–";

    private async Task<IActionResult> ChangeAsync(
        string year, string unit, Func<PlanYear, ServicePlanUser, Task<ServicePlanChange>> change, string done, CancellationToken cancellationToken)
    {
        if (!ServicePlanYears.TryParse(year, out var planYear))
        {
            return NotFound();
        }

        var user = await users.ForAsync(User, cancellationToken);
        var result = await change(planYear, user);
        switch (result.Outcome)
        {
            case ServicePlanOutcome.Saved:
                Message = done;
                return Redirect($"/service-plans/{planYear.StartYear}/{Uri.EscapeDataString(unit)}");
            case ServicePlanOutcome.NotFound:
                return NotFound();
        }

        await LoadAsync(year, unit, cancellationToken, keepTexts: Texts.Count > 0);
        var errors = new FormErrors();
        if (result.Outcome == ServicePlanOutcome.Refused)
        {
            errors.Add("status", result.Refusal!);
            Response.StatusCode = StatusCodes.Status403Forbidden;
        }
        else
        {
            foreach (var problem in result.Problems)
            {
                errors.Add(problem.Field == ServicePlanWorkflow.CommentField ? CommentField : FieldId(problem.Field), problem.Message);
            }

            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        Errors = errors;
        return Page();
    }

    private async Task<bool> LoadAsync(string year, string unit, CancellationToken cancellationToken, bool keepTexts = false)
    {
        if (!ServicePlanYears.TryParse(year, out var planYear))
        {
            return false;
        }

        var user = await users.ForAsync(User, cancellationToken);
        if (await query.LoadAsync(planYear, unit, user, cancellationToken) is not { } plan)
        {
            return false;
        }

        Plan = plan;
        if (!keepTexts)
        {
            Texts = plan.Sections.ToDictionary(s => s.Key, s => s.Text);
        }

        WhyReadOnly = ServicePlanWorkflow.Refusal(user, ServicePlanAction.Edit, ServicePlanStatuses.TryParse(plan.Status, out var status) ? status : ServicePlanStatus.Draft, plan.UnitCode);
        WhyNoDecision = status == ServicePlanStatus.Submitted && user.Is(Core.Access.Roles.Executive) && ServicePlanWorkflow.SubmittedByThemselves(user, plan.SubmittedBy)
            ? "You submitted this plan, so another executive must approve or return it"
            : null;
        History = await history.ForAsync(Subjects.ServicePlan(planYear, plan.UnitCode), cancellationToken);
        return true;
    }

    /// <summary>The sections of the year's template as posted, by key (other fields are ignored); kept for the form if it is shown again.</summary>
    private async Task<IReadOnlyDictionary<string, string?>> PostedTextsAsync(PlanYear year, CancellationToken cancellationToken)
    {
        var template = await editor.TemplateAsync(year, cancellationToken);
        var form = await Request.ReadFormAsync(cancellationToken);
        Texts = template.Sections.ToDictionary(s => s.Key, s => form[FieldId(s.Key)].ToString() is { Length: > 0 } text ? text : null);
        return Texts;
    }
}

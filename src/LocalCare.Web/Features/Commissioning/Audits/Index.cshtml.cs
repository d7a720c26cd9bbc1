using LocalCare.Core.Commissioning;
using LocalCare.Core.Commissioning.Audits;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalCare.Web.Features.Commissioning.Audits;

/// <summary>
/// The quality-audit schedule today: every provider with an active contract, its risk band, last audit and next review,
/// overdue first then by due date; filtered by <c>due</c> (<c>overdue</c>, <c>30</c>, <c>90</c>) and <c>band</c>. Commissioners
/// and administrators get a "Record an audit" link on each row.
/// </summary>
public sealed class IndexModel(AuditQueries queries) : PageModel
{
    /// <summary>The due-date filters, by query value.</summary>
    public static IReadOnlyList<(string Value, string Label)> DueOptions { get; } =
        [("", "Any time"), ("overdue", "Overdue"), ("30", "Due in 30 days or overdue"), ("90", "Due in 90 days or overdue")];

    [BindProperty(SupportsGet = true)]
    public string? Due { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Band { get; set; }

    public DateOnly Today { get; private set; }

    /// <summary>Every provider on the schedule, before the filters.</summary>
    public IReadOnlyList<AuditScheduleRow> All { get; private set; } = [];

    public IReadOnlyList<AuditScheduleRow> Rows { get; private set; } = [];

    public bool CanEdit => User.CanEditAudits();

    public bool Filtered => Filter != AuditScheduleFilter.None;

    public AuditScheduleFilter Filter { get; private set; } = AuditScheduleFilter.None;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!User.CanSeeAudits())
        {
            return Forbid();
        }

        Filter = new AuditScheduleFilter(
            OverdueOnly: Due == "overdue",
            DueWithinDays: Due switch { "30" => 30, "90" => 90, _ => null },
            Band: RiskBands.TryParse(Band, out var band) ? band : null);
        Due = DueOptions.Any(o => o.Value == Due) ? Due : "";
        Band = Filter.Band?.ToCode() ?? "";
        Today = queries.Today;
        All = await queries.ScheduleAsync(cancellationToken);
        Rows = AuditSchedule.Filter(All, Filter);
        return Page();
    }
}

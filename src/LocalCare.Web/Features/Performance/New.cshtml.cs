using LocalCare.Core.Boards;
using LocalCare.Web.Features.Boards;
using LocalCare.Web.Features.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalCare.Web.Features.Performance;

/// <summary>An analyst adds a custom metric as SQL; it is parsed and tried against the warehouse before it is saved.</summary>
[Authorize(Roles = PerformanceAccess.MetricsRoles)]
public sealed class NewModel(NewMetricForm form, BoardQueries boards) : PageModel
{
    /// <summary>The example the form shows: falls in the month, a count.</summary>
    public const string ExampleSql = """
        SELECT m.month, i.service_code, i.neighbourhood_code,
               COUNT(*) AS numerator,
               CAST(NULL AS INTEGER) AS denominator
        FROM incidents i
        JOIN months m ON m.month = CAST(date_trunc('month', i.occurred_at) AS DATE)
        WHERE i.category = 'fall'
        GROUP BY m.month, i.service_code, i.neighbourhood_code
        """;

    public NewMetricInput Input { get; private set; } = new() { Board = StandardBoards.HealthPerformance };

    public IReadOnlyList<BoardSummary> Boards { get; private set; } = [];

    public FormErrors Errors { get; private set; } = new();

    [TempData]
    public string? Message { get; set; }

    public FieldError Field(string id) => new(id, Errors.For(id));

    public async Task OnGetAsync(CancellationToken cancellationToken) => Boards = await boards.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(NewMetricInput metric, CancellationToken cancellationToken)
    {
        Input = metric;
        try
        {
            var (saved, errors) = await form.SaveAsync(metric, cancellationToken);
            if (saved is not null)
            {
                Message = $"{saved.Name} was added. Its values appear after the next computation: compute them now below";
                return Redirect($"/performance/{Uri.EscapeDataString(saved.Id)}");
            }

            Errors = errors;
        }
        catch (WarehouseBusyException)
        {
            Errors = new FormErrors();
            Errors.Add("sql", "The warehouse is busy: an import is running from the localcare command line. Try again in a few minutes");
        }

        Boards = await boards.ListAsync(cancellationToken);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}

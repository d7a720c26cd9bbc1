using LocalCare.Core.Plans;
using LocalCare.Data;
using LocalCare.Web.Features.Performance;
using LocalCare.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Features.Plans;

/// <summary>Adding a priority to a year (<c>/plan/priorities/new?year=</c>) or changing one (executives and administrators).</summary>
[Microsoft.AspNetCore.Authorization.Authorize(Roles = Core.Access.Roles.Executive + "," + Core.Access.Roles.Admin)] // PlanPermissions.CanEditPlan, as metadata so the matrix sees it
public sealed class PriorityModel(LocalCareDbContext db, PlanEditor editor) : PageModel
{
    public const string New = "new";

    public bool Adding { get; private set; }

    public string? Code { get; private set; }

    public PlanYear Year { get; private set; }

    public PriorityInput Input { get; private set; } = new();

    public FormErrors Errors { get; private set; } = new();

    public FieldError Field(string id) => new(id, Errors.For(id));

    public async Task<IActionResult> OnGetAsync(string code, string? year, CancellationToken cancellationToken)
    {
        if (await LoadAsync(code, year, cancellationToken) is { } refused)
        {
            return refused;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, string? year, PriorityInput input, CancellationToken cancellationToken)
    {
        if (await LoadAsync(code, year, cancellationToken) is { } refused)
        {
            return refused;
        }

        IReadOnlyList<Core.Inputs.FieldProblem> problems;
        if (Adding)
        {
            (var added, problems) = await editor.AddPriorityAsync(Year, input, cancellationToken);
            Code = added;
        }
        else
        {
            problems = (await editor.UpdatePriorityAsync(code, input, cancellationToken))!;
        }

        if (problems.Count > 0)
        {
            Input = input;
            Errors = FormErrors.Of(problems);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        TempData["Message"] = Adding ? $"Priority {Code} added" : $"Priority {Code} saved";
        return Redirect($"/plan?year={Year.StartYear}#priorities");
    }

    private async Task<IActionResult?> LoadAsync(string code, string? year, CancellationToken cancellationToken)
    {
        if (!User.CanEditPlan())
        {
            return Forbid();
        }

        Adding = code == New;
        if (Adding)
        {
            PlanYear? chosen = PlanYear.TryParse(year, out var parsed) ? parsed : await PlanYears.LatestAsync(db, cancellationToken);
            if (chosen is not { } found || !await db.Priorities.AnyAsync(p => p.PlanYear == found, cancellationToken))
            {
                return NotFound();
            }

            Year = found;
            return null;
        }

        var priority = await db.Priorities.AsNoTracking().SingleOrDefaultAsync(p => p.Code == code, cancellationToken);
        if (priority is null)
        {
            return NotFound();
        }

        (Code, Year) = (priority.Code, priority.PlanYear);
        Input = new PriorityInput { Name = priority.Name, Summary = priority.Summary, Order = priority.Order.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        return null;
    }
}

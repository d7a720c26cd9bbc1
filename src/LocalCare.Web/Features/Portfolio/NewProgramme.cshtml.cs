using LocalCare.Core.Plans;
using LocalCare.Data;
using LocalCare.Data.Portfolio;
using LocalCare.Web.Features.Performance;
using LocalCare.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Features.Portfolio;

/// <summary>
/// Adding a programme to a plan year's transformation portfolio (<c>/portfolio/new?year=2024</c>; executives and
/// administrators): a year without a plan is 404; problems re-render with the NHS.UK error summary and status 400.
/// </summary>
[Microsoft.AspNetCore.Authorization.Authorize(Roles = Core.Access.Roles.Executive + "," + Core.Access.Roles.Admin)] // PortfolioAccess.Edit, as metadata so the matrix sees it
public sealed class NewProgrammeModel(LocalCareDbContext db, PortfolioEditor editor) : PageModel
{
    public PlanYear Year { get; private set; }

    /// <summary>What the form shows: a new programme starts not started.</summary>
    public NewProgrammeInput Input { get; private set; } = new() { Status = Core.Portfolio.PortfolioStatuses.ToCode(Core.Portfolio.PortfolioStatus.NotStarted) };

    public FormErrors Errors { get; private set; } = new();

    public FieldError Field(string id) => new(id, Errors.For(id));

    public async Task<IActionResult> OnGetAsync(string? year, CancellationToken cancellationToken)
    {
        return await LoadAsync(year, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(string? year, NewProgrammeInput input, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(year, cancellationToken))
        {
            return NotFound();
        }

        var result = await editor.CreateProgrammeAsync(Year, input.ToDraft(), cancellationToken);
        if (result.Outcome != PortfolioEditOutcome.Saved)
        {
            Input = input;
            Errors = ProgrammeFields.Errors(ProgrammeFields.Programme, result.Problems);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        TempData["Message"] = $"Programme {result.Code} added";
        return Redirect($"/portfolio/{Uri.EscapeDataString(result.Code!)}");
    }

    private async Task<bool> LoadAsync(string? year, CancellationToken cancellationToken)
    {
        PlanYear? chosen = PlanYear.TryParse(year, out var parsed) ? parsed : year is null ? await PlanYears.LatestAsync(db, cancellationToken) : null;
        if (chosen is not { } found || !await db.Priorities.AnyAsync(p => p.PlanYear == found, cancellationToken))
        {
            return false;
        }

        Year = found;
        return true;
    }
}

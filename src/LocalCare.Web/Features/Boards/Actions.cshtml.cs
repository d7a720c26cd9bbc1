using LocalCare.Core.Boards;
using LocalCare.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Features.Boards;

/// <summary>A board's actions log (overdue first) and decisions log.</summary>
public sealed class ActionsModel(LocalCareDbContext db, BoardLogs logs) : PageModel
{
    public Board Board { get; private set; } = null!;

    public IReadOnlyList<ActionRow> Actions { get; private set; } = [];

    public IReadOnlyList<DecisionRow> Decisions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await db.Boards.AsNoTracking().SingleOrDefaultAsync(b => b.Code == code, cancellationToken) is not { } board)
        {
            return NotFound();
        }

        Board = board;
        Actions = await logs.ActionsAsync(code, cancellationToken);
        Decisions = await logs.DecisionsAsync(code, cancellationToken);
        return Page();
    }
}

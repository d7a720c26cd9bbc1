using LocalCare.Core.Boards;
using LocalCare.Core.Risks;
using LocalCare.Core.Time;
using LocalCare.Data;
using LocalCare.Data.Risks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Features.Risks;

/// <summary>
/// The risk register: every risk with its current score and band, filtered by band, owner, board, category or overdue review;
/// a 5×5 heat map of the current scores of the risks shown; and the risks overdue for review today. Every role reads it.
/// </summary>
public sealed class IndexModel(RiskRegister register, LocalCareDbContext db, TimeProvider clock) : PageModel
{
    public DateOnly Today { get; private set; }

    public RiskFilter Filter { get; private set; } = new(null, null, null, null, false);

    public IReadOnlyList<Risk> Risks { get; private set; } = [];

    /// <summary>Every risk overdue for review today, whatever the filters (most overdue first).</summary>
    public IReadOnlyList<Risk> OverdueReviews { get; private set; } = [];

    public IReadOnlyList<string> Owners { get; private set; } = [];

    public IReadOnlyList<Board> Boards { get; private set; } = [];

    public int Total { get; private set; }

    /// <summary>How many of the risks shown have each current (likelihood, consequence).</summary>
    public int CountAt(int likelihood, int consequence) => Risks.Count(r => r.CurrentLikelihood == likelihood && r.CurrentConsequence == consequence);

    public async Task<IActionResult> OnGetAsync(string? band, string? owner, string? board, string? category, string? overdue, CancellationToken cancellationToken)
    {
        Today = UkTime.Today(clock);
        Filter = new RiskFilter(band, owner, board, category, overdue is "yes" or "true" or "on");
        var all = await register.AllAsync(cancellationToken);
        Total = all.Count;
        Risks = Filter.Apply(all, Today);
        OverdueReviews = RiskReviews.Overdue(all, Today);
        Owners = [.. all.Select(r => r.Owner).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        Boards = await db.Boards.AsNoTracking().OrderBy(b => b.Order).ToListAsync(cancellationToken);
        return Page();
    }
}

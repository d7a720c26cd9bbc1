using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalCare.Web.Features.Boards;

/// <summary>The boards the LCO accounts to.</summary>
public sealed class IndexModel(BoardQueries boards) : PageModel
{
    public IReadOnlyList<BoardSummary> Boards { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Boards = await boards.ListAsync(cancellationToken);
}

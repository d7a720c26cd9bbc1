using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalCare.Web.Features.Boards;

/// <summary>One board: its KLOEs and the metrics it monitors; 404 for a code that does not exist.</summary>
public sealed class BoardModel(BoardQueries boards) : PageModel
{
    public BoardDetail Board { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await boards.LoadAsync(code, cancellationToken) is not { } board)
        {
            return NotFound();
        }

        Board = board;
        return Page();
    }
}

using LocalCare.Core.Boards;
using LocalCare.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Features.Boards;

/// <summary>One board: its KLOEs, the metrics it monitors and its meetings; 404 for a code that does not exist.</summary>
public sealed class BoardModel(BoardQueries boards, LocalCareDbContext db) : PageModel
{
    public BoardDetail Board { get; private set; } = null!;

    /// <summary>The board's meetings, newest last, with how many pack versions each has.</summary>
    public IReadOnlyList<MeetingSummary> Meetings { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await boards.LoadAsync(code, cancellationToken) is not { } board)
        {
            return NotFound();
        }

        Board = board;
        Meetings = await MeetingsOf(db, code, cancellationToken);
        return Page();
    }

    /// <summary>Every meeting of a board in date order.</summary>
    public static async Task<IReadOnlyList<MeetingSummary>> MeetingsOf(LocalCareDbContext db, string code, CancellationToken cancellationToken)
    {
        var versions = await db.PackVersions.AsNoTracking().GroupBy(v => v.MeetingId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return [.. (await db.Meetings.AsNoTracking().Where(m => m.BoardCode == code).OrderBy(m => m.Date).ToListAsync(cancellationToken))
            .Select(m => new MeetingSummary(m.Id, m.BoardCode, m.Date, m.ReportingMonth.ToString(), m.Status.ToCode(), m.Status.ToLabel(), versions.GetValueOrDefault(m.Id)))];
    }
}

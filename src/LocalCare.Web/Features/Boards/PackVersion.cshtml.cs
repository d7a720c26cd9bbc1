using LocalCare.Core.Boards;
using LocalCare.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Features.Boards;

/// <summary>A published version of a meeting's pack, exactly as it was frozen: every signed-in user may read it.</summary>
public sealed class PackVersionModel(LocalCareDbContext db) : PageModel
{
    public Core.Boards.Packs.PackVersion Version { get; private set; } = null!;

    public Meeting Meeting { get; private set; } = null!;

    public string BoardName { get; private set; } = "";

    /// <summary>The newest version of the meeting's pack, to say when this one has been corrected.</summary>
    public int Latest { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, int version, CancellationToken cancellationToken)
    {
        var found = await db.PackVersions.AsNoTracking().SingleOrDefaultAsync(v => v.MeetingId == id && v.Version == version, cancellationToken);
        if (found is null)
        {
            return NotFound();
        }

        Version = found;
        Meeting = await db.Meetings.AsNoTracking().SingleAsync(m => m.Id == id, cancellationToken);
        BoardName = await db.Boards.AsNoTracking().Where(b => b.Code == Meeting.BoardCode).Select(b => b.Name).SingleAsync(cancellationToken);
        Latest = await db.PackVersions.Where(v => v.MeetingId == id).MaxAsync(v => v.Version, cancellationToken);
        return Page();
    }
}

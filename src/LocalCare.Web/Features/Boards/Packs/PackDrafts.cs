using LocalCare.Core.Boards.Packs;
using LocalCare.Data;
using LocalCare.Data.Boards;
using LocalCare.Web.Features.Data;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Features.Boards.Packs;

/// <summary>A meeting's pack as it would be published now: today's figures, narratives and logs, as the next version.</summary>
public sealed class PackDrafts(LocalCareDbContext db, PackInputs inputs, WarehouseGate gate)
{
    /// <summary>The draft of <paramref name="meetingId"/>'s pack; null when there is no such meeting.</summary>
    public async Task<BoardPack?> DraftAsync(int meetingId, IReadOnlyDictionary<string, string>? toFollow, CancellationToken cancellationToken)
    {
        var next = await NextVersionAsync(meetingId, cancellationToken);
        var input = await inputs.ForMeetingAsync(meetingId, next, toFollow, read => gate.ReadAsync(read, cancellationToken), cancellationToken);
        return input is null ? null : BoardPackBuilder.Build(input);
    }

    /// <summary>The number the next published version of the meeting's pack takes.</summary>
    public async Task<int> NextVersionAsync(int meetingId, CancellationToken cancellationToken) =>
        (await db.PackVersions.Where(v => v.MeetingId == meetingId).MaxAsync(v => (int?)v.Version, cancellationToken) ?? 0) + 1;
}

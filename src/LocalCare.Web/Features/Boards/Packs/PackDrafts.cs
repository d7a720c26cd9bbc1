using LocalCare.Core.Boards.Packs;
using LocalCare.Core.Time;
using LocalCare.Data;
using LocalCare.Data.Boards;
using LocalCare.Reports.Packs;
using LocalCare.Web.Caching;
using LocalCare.Web.Features.Data;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Features.Boards.Packs;

/// <summary>A meeting's pack as it would be published now: today's figures, narratives and logs, as the next version.</summary>
public sealed class PackDrafts(LocalCareDbContext db, PackInputs inputs, WarehouseGate gate, ComputedCache cache, DataStamp stamp, TimeProvider clock)
{
    /// <summary>The draft of <paramref name="meetingId"/>'s pack made now, never from the cache (publishing freezes exactly this); null when there is no such meeting.</summary>
    public async Task<BoardPack?> DraftAsync(int meetingId, IReadOnlyDictionary<string, string>? toFollow, CancellationToken cancellationToken)
    {
        var next = await NextVersionAsync(meetingId, cancellationToken);
        var input = await inputs.ForMeetingAsync(meetingId, next, toFollow, read => gate.ReadAsync(read, cancellationToken), cancellationToken);
        return input is null ? null : BoardPackBuilder.Build(input);
    }

    /// <summary>
    /// The draft for reading (the pack page, its downloads, the API) with its HTML body: made once per change of the data and
    /// day, then shared by every reader until an import, a compute or an edit changes what it is made from.
    /// </summary>
    public async Task<DraftPack?> ForReadingAsync(int meetingId, CancellationToken cancellationToken)
    {
        var key = $"pack-draft:{meetingId}:{UkTime.Today(clock):yyyy-MM-dd}";
        var draft = await cache.GetAsync(key, await stamp.CurrentAsync(cancellationToken), async services =>
        {
            var pack = await services.GetRequiredService<PackDrafts>().DraftAsync(meetingId, null, CancellationToken.None);
            return new DraftPack(pack, pack is null ? "" : PackHtml.RenderBody(pack));
        }, cancellationToken);
        return draft.Pack is null ? null : draft;
    }

    /// <summary>The number the next published version of the meeting's pack takes.</summary>
    public async Task<int> NextVersionAsync(int meetingId, CancellationToken cancellationToken) =>
        (await db.PackVersions.Where(v => v.MeetingId == meetingId).MaxAsync(v => (int?)v.Version, cancellationToken) ?? 0) + 1;
}

/// <summary>A draft pack and its body as HTML (the fragment the pack page shows); <see cref="Pack"/> null for no such meeting.</summary>
public sealed record DraftPack(BoardPack? Pack, string BodyHtml);

using LocalCare.Core.Boards;
using LocalCare.Core.Boards.Packs;
using LocalCare.Core.Inputs;
using LocalCare.Core.Metrics;
using LocalCare.Data;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Features.Boards;

/// <summary>Reads and writes exception narratives: one per metric per meeting, starting from the board's last meeting's text.</summary>
public sealed class Narratives(LocalCareDbContext db, TimeProvider clock)
{
    /// <summary>This meeting's narrative, or null.</summary>
    public Task<NarrativeRecord?> ForAsync(int meetingId, string metricId, CancellationToken cancellationToken) =>
        db.Narratives.AsNoTracking().Include(n => n.Actions).SingleOrDefaultAsync(n => n.MeetingId == meetingId && n.MetricId == metricId, cancellationToken);

    /// <summary>The latest narrative of the metric at an earlier meeting of the same board: the starting text offered.</summary>
    public async Task<(NarrativeRecord Narrative, DateOnly Date)?> PreviousAsync(Meeting meeting, string metricId, CancellationToken cancellationToken)
    {
        var earlier = await (from n in db.Narratives.AsNoTracking().Include(n => n.Actions)
                             join m in db.Meetings.AsNoTracking() on n.MeetingId equals m.Id
                             where n.MetricId == metricId && m.BoardCode == meeting.BoardCode && m.Date < meeting.Date
                             orderby m.Date descending
                             select new { Narrative = n, m.Date }).FirstOrDefaultAsync(cancellationToken);
        return earlier is null ? null : (earlier.Narrative, earlier.Date);
    }

    /// <summary>Saves (adds or replaces) the narrative as <paramref name="user"/>; the problems when it cannot be saved.</summary>
    public async Task<IReadOnlyList<FieldProblem>> SaveAsync(Meeting meeting, MetricDefinition metric, NarrativeInput input, string user, CancellationToken cancellationToken)
    {
        if (input.Problems() is { Count: > 0 } problems)
        {
            return problems;
        }

        var record = await db.Narratives.Include(n => n.Actions).SingleOrDefaultAsync(n => n.MeetingId == meeting.Id && n.MetricId == metric.Id, cancellationToken);
        if (record is null)
        {
            db.Narratives.Add(record = new NarrativeRecord { MeetingId = meeting.Id, MetricId = metric.Id });
        }

        input.ApplyTo(record);
        record.UpdatedBy = user;
        record.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        var tracked = await db.Meetings.SingleAsync(m => m.Id == meeting.Id, cancellationToken);
        tracked.Status = tracked.Status.AfterPackWork();
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }
}

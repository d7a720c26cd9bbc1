using LocalCare.Core.Boards;
using LocalCare.Core.Commissioning;
using LocalCare.Core.Metrics;
using LocalCare.Core.Plans;
using LocalCare.Warehouse.Metrics;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Data.Setup;

/// <summary>What every organisation starts with: the standard boards, the built-in metrics and their default LCO targets.</summary>
public sealed class StandardSetup(LocalCareDbContext db)
{
    /// <summary>Adds whatever standard boards and built-in metrics are missing; never overwrites an edited one.</summary>
    public async Task EnsureAsync(CancellationToken cancellationToken = default)
    {
        var boards = await db.Boards.Select(b => b.Code).ToListAsync(cancellationToken);
        db.Boards.AddRange(StandardBoards.Create().Where(b => !boards.Contains(b.Code)));
        await db.SaveChangesAsync(cancellationToken);

        var metrics = await db.Metrics.Select(m => m.Id).ToListAsync(cancellationToken);
        db.Metrics.AddRange(MetricLibrary.BuiltIn().Select(f => f.Metric).Concat(BuiltInMetrics.Manual()).Concat(CommissioningMetricDefinitions.All())
            .Where(m => !metrics.Contains(m.Id)));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Seeds each metric's default target at unit <c>lco</c> for every plan year in the range that has none yet.</summary>
    public async Task EnsureDefaultTargetsAsync(PlanYear from, PlanYear to, CancellationToken cancellationToken = default)
    {
        var metrics = await db.Metrics.Where(m => m.DefaultTarget != null).ToListAsync(cancellationToken);
        var existing = (await db.MetricTargets.Where(t => t.Unit == "lco").Select(t => new { t.MetricId, t.PlanYear }).ToListAsync(cancellationToken))
            .Select(t => (t.MetricId, t.PlanYear))
            .ToHashSet();

        for (var year = from; year <= to; year = year.Next)
        {
            foreach (var metric in metrics.Where(m => !existing.Contains((m.Id, year))))
            {
                db.MetricTargets.Add(new MetricTarget { MetricId = metric.Id, Unit = "lco", PlanYear = year, Value = metric.DefaultTarget!.Value });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Gives every board (or only <paramref name="boardCode"/>) its meetings for <paramref name="year"/> from its cadence
    /// (<see cref="MeetingCalendar"/>) when it has none that year; the meetings added.
    /// </summary>
    public async Task<IReadOnlyList<Meeting>> EnsureMeetingsAsync(PlanYear year, string? boardCode = null, CancellationToken cancellationToken = default)
    {
        var boards = await db.Boards.Where(b => boardCode == null || b.Code == boardCode).ToListAsync(cancellationToken);
        var withMeetings = await db.Meetings.Where(m => m.Date >= year.Start && m.Date <= year.End).Select(m => m.BoardCode).Distinct().ToListAsync(cancellationToken);
        var added = new List<Meeting>();
        foreach (var board in boards.Where(b => !withMeetings.Contains(b.Code)))
        {
            added.AddRange(MeetingCalendar.For(board.Cadence, year).Select(m => Planned(board.Code, m.Date, m.ReportingMonth)));
        }

        db.Meetings.AddRange(added);
        await db.SaveChangesAsync(cancellationToken);
        return added;
    }

    /// <summary>A new planned meeting of a board, its paper titled after the month it reports to.</summary>
    public static Meeting Planned(string boardCode, DateOnly date, Core.Generation.YearMonth reportingMonth) => new()
    {
        BoardCode = boardCode,
        Date = date,
        ReportingMonth = reportingMonth,
        Title = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Integrated performance report, {reportingMonth.LastDay:MMMM yyyy}"),
    };
}

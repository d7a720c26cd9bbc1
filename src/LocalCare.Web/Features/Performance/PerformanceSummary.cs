using LocalCare.Core.Metrics;
using LocalCare.Data;
using LocalCare.Data.Metrics;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Features.Performance;

/// <summary>How the summary table is ordered: as metrics.md lists the metrics, or exceptions first.</summary>
public static class SummarySort
{
    public const string Plan = "plan";
    public const string Exceptions = "exceptions";

    public static IReadOnlyList<string> All { get; } = [Plan, Exceptions];
}

/// <summary>The summary table's filters: a board code (null: every board), a unit reference and the order.</summary>
public sealed record SummaryFilter(string? Board = null, string Unit = UnitRefs.Lco, string Sort = SummarySort.Plan)
{
    /// <summary>Blank values become the defaults and the rest are trimmed.</summary>
    public static SummaryFilter From(string? board, string? unit, string? sort) => new(
        string.IsNullOrWhiteSpace(board) ? null : board.Trim(),
        string.IsNullOrWhiteSpace(unit) ? UnitRefs.Lco : unit.Trim(),
        string.IsNullOrWhiteSpace(sort) ? SummarySort.Plan : sort.Trim().ToLowerInvariant());

    public bool IsDefault => Board is null && Unit == UnitRefs.Lco && Sort == SummarySort.Plan;
}

/// <summary>The summary table: one metric series per row at the filter's unit, in the filter's order.</summary>
public sealed record PerformanceSummary(SummaryFilter Filter, UnitChoice Unit, IReadOnlyList<BoardChoice> Boards, UnitDirectory Units, IReadOnlyList<MetricSeries> Rows);

/// <summary>A board as the filter offers it.</summary>
public sealed record BoardChoice(string Code, string Name);

/// <summary>Builds the performance summary for the page, its CSV and <c>GET /api/performance</c>.</summary>
public sealed class PerformanceSummaryQuery(LocalCareDbContext db, MetricReadings readings)
{
    /// <summary>Problems with the filter by parameter name (an unknown board, unit or order).</summary>
    public async Task<Dictionary<string, string[]>> ProblemsAsync(SummaryFilter filter, UnitDirectory units, CancellationToken cancellationToken)
    {
        var problems = new Dictionary<string, string[]>();
        if (filter.Board is { } board && !await db.Boards.AnyAsync(b => b.Code == board, cancellationToken))
        {
            problems["board"] = [$"Board '{board}' is not a board: use one of {string.Join(", ", await db.Boards.OrderBy(b => b.Order).Select(b => b.Code).ToListAsync(cancellationToken))}"];
        }

        if (units.Problem(filter.Unit) is { } unit)
        {
            problems["unit"] = [unit];
        }

        if (!SummarySort.All.Contains(filter.Sort))
        {
            problems["sort"] = [$"Sort '{filter.Sort}' is not an order: use plan or exceptions"];
        }

        return problems;
    }

    /// <summary>The rows for a valid filter (see <see cref="ProblemsAsync"/>).</summary>
    public async Task<PerformanceSummary> LoadAsync(SummaryFilter filter, UnitDirectory units, CancellationToken cancellationToken)
    {
        var boards = await db.Boards.AsNoTracking().OrderBy(b => b.Order).Select(b => new BoardChoice(b.Code, b.Name)).ToListAsync(cancellationToken);
        var metrics = await db.Metrics.AsNoTracking().ToListAsync(cancellationToken);
        var order = MetricOrder.Of(metrics);
        var byMetric = (await readings.ListAsync(new MetricFilter(Unit: filter.Unit), cancellationToken)).ToLookup(r => r.MetricId, StringComparer.Ordinal);

        var rows = metrics
            .Where(m => filter.Board is null || m.BoardCode == filter.Board)
            .Select(m => new MetricSeries(m, filter.Unit, byMetric[m.Id].ToList()))
            .OrderBy(s => filter.Sort == SummarySort.Exceptions ? s.ExceptionRank() : 0)
            .ThenBy(s => order[s.Metric.Id])
            .ToList();
        return new PerformanceSummary(filter, units.Find(filter.Unit) ?? units.Lco, boards, units, rows);
    }
}

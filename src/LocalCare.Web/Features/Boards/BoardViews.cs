using LocalCare.Core.Boards;
using LocalCare.Core.Metrics;
using LocalCare.Data;
using LocalCare.Warehouse.Metrics;
using LocalCare.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Features.Boards;

/// <summary>A board as listed: <c>Cadence</c> is its code (<c>monthly</c>, <c>bimonthly</c>, <c>quarterly</c>).</summary>
public sealed record BoardSummary(string Code, string Name, string Cadence, string Purpose);

/// <summary>A board with its key lines of enquiry and the metrics it monitors, for the latest plan year.</summary>
/// <remarks><c>PlanYear</c>: The plan year the KLOEs and targets are for; null when no plan has been loaded.</remarks>
public sealed record BoardDetail(string Code, string Name, string Cadence, string Purpose, string? PlanYear, IReadOnlyList<BoardKloe> Kloes, IReadOnlyList<BoardMetric> Metrics);

/// <summary>A KLOE the board monitors, with the metrics that evidence it.</summary>
public sealed record BoardKloe(string Code, string Theme, string Description, string Measures, IReadOnlyList<BoardMetric> Metrics);

/// <summary>A metric with its LCO target for the plan year. <c>Kind</c>: ratio, count or mean; <c>Direction</c>: higher or lower;
/// <c>TargetText</c> as people read it ("≥ 85.0%", "none").</summary>
public sealed record BoardMetric(string Id, string Name, string Kind, string Direction, double? Target, string TargetText);

/// <summary>Builds the boards list and a board's detail; used by the boards pages and <c>GET /api/boards</c>, <c>GET /api/boards/{code}</c>.</summary>
public sealed class BoardQueries(LocalCareDbContext db)
{
    public async Task<IReadOnlyList<BoardSummary>> ListAsync(CancellationToken cancellationToken) =>
        (await db.Boards.AsNoTracking().OrderBy(b => b.Order).ToListAsync(cancellationToken)).Select(Summary).ToList();

    /// <summary>Null when no board has that code.</summary>
    public async Task<BoardDetail?> LoadAsync(string code, CancellationToken cancellationToken)
    {
        var board = await db.Boards.AsNoTracking().FirstOrDefaultAsync(b => b.Code == code, cancellationToken);
        if (board is null)
        {
            return null;
        }

        var summary = Summary(board);
        if (await PlanYears.LatestAsync(db, cancellationToken) is not { } year)
        {
            return new BoardDetail(summary.Code, summary.Name, summary.Cadence, summary.Purpose, null, [], []);
        }

        var kloes = await db.Kloes.AsNoTracking()
            .Where(k => k.BoardCode == board.Code && k.PlanYear == year)
            .OrderBy(k => k.Order)
            .Include(k => k.Metrics)
            .ToListAsync(cancellationToken);
        var metrics = await db.Metrics.AsNoTracking().ToDictionaryAsync(m => m.Id, cancellationToken);
        var targets = new TargetLookup(await db.MetricTargets.AsNoTracking().Where(t => t.PlanYear == year && t.Unit == "lco").ToListAsync(cancellationToken));

        BoardMetric Metric(MetricDefinition metric)
        {
            var target = targets.For(metric.Id, "lco", year);
            return new BoardMetric(metric.Id, metric.Name, metric.Kind.ToCode(), metric.Direction.ToCode(), target, metric.FormatTarget(target));
        }

        var order = MetricLibrary.Ids.Select((id, i) => (id, i)).ToDictionary(m => m.id, m => m.i);
        int Order(string id) => order.GetValueOrDefault(id, int.MaxValue);

        return new BoardDetail(
            summary.Code,
            summary.Name,
            summary.Cadence,
            summary.Purpose,
            year.Label,
            kloes.Select(k => new BoardKloe(
                    k.Code,
                    k.Theme,
                    k.Description,
                    k.Measures,
                    k.Metrics.Where(m => metrics.ContainsKey(m.MetricId)).OrderBy(m => Order(m.MetricId)).ThenBy(m => m.MetricId, StringComparer.Ordinal)
                        .Select(m => Metric(metrics[m.MetricId])).ToList()))
                .ToList(),
            metrics.Values.Where(m => m.BoardCode == board.Code).OrderBy(m => Order(m.Id)).ThenBy(m => m.Id, StringComparer.Ordinal)
                .Select(Metric).ToList());
    }

    private static BoardSummary Summary(Board board) => new(board.Code, board.Name, board.Cadence.ToCode(), board.Purpose);
}

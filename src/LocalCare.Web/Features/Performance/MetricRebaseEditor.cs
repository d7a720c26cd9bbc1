using LocalCare.Core.Metrics;
using LocalCare.Data;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Features.Performance;

/// <summary>What setting a metric's rebase periods did: the months now stored, or why nothing was stored.</summary>
public sealed record RebaseOutcome(IReadOnlyList<string> Periods, string? Error);

/// <summary>
/// Sets a metric's rebase periods (spc.md: each starts a new group with its own limits), which the metric pages and the board
/// packs both chart with. Analysts and administrators; the change is in the metric's history (the audit trail records the save).
/// </summary>
public sealed class MetricRebaseEditor(LocalCareDbContext db)
{
    /// <summary>Stores the months in <paramref name="text"/> (comma- or space-separated <c>YYYY-MM</c>; empty for none); null when there is no such metric.</summary>
    public async Task<RebaseOutcome?> SetAsync(string metricId, string? text, CancellationToken cancellationToken)
    {
        var metric = await db.Metrics.SingleOrDefaultAsync(m => m.Id == metricId, cancellationToken);
        if (metric is null)
        {
            return null;
        }

        if (!MetricRebases.TryParse(text, out var periods, out var error))
        {
            return new RebaseOutcome(MetricRebases.Of(metric.RebasePeriods), error);
        }

        var stored = MetricRebases.ToStored(periods);
        if (metric.RebasePeriods != stored)
        {
            metric.RebasePeriods = stored;
            await db.SaveChangesAsync(cancellationToken);
        }

        return new RebaseOutcome(periods, null);
    }
}

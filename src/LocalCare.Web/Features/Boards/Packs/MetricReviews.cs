using System.Security.Claims;
using LocalCare.Core.Time;
using LocalCare.Data;
using LocalCare.Web.Features.Performance;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Features.Boards.Packs;

/// <summary>
/// The review of a metric's definition: the data-quality mark's "audited" (board-packs.md: reviewed within 12 months). Analysts and
/// administrators record that they reviewed it today, by the app's clock; the change is in the metric's history.
/// </summary>
public sealed class MetricReviews(LocalCareDbContext db, TimeProvider clock)
{
    /// <summary>Who records reviews: the roles that own the metric library (<see cref="PerformanceAccess.Metrics"/>).</summary>
    public static bool CanReview(ClaimsPrincipal user) => user.Can(PerformanceAccess.Metrics);

    /// <summary>Sets the metric's review date to today; the date, or null when there is no such metric.</summary>
    public async Task<DateOnly?> ReviewedTodayAsync(string metricId, CancellationToken cancellationToken)
    {
        var metric = await db.Metrics.SingleOrDefaultAsync(m => m.Id == metricId, cancellationToken);
        if (metric is null)
        {
            return null;
        }

        var today = UkTime.Today(clock);
        if (metric.ReviewedOn != today)
        {
            metric.ReviewedOn = today;
            await db.SaveChangesAsync(cancellationToken);
        }

        return today;
    }
}

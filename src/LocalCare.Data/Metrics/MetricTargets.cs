using LocalCare.Core.Metrics;
using LocalCare.Core.Plans;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Data.Metrics;

/// <summary>Sets and clears the target of a metric at a unit for a plan year.</summary>
public sealed class MetricTargets(LocalCareDbContext db)
{
    /// <summary>Sets the target, or removes it when <paramref name="value"/> is null (the LCO's, then the default, then apply).</summary>
    public async Task SetAsync(string metricId, string unit, PlanYear year, double? value, CancellationToken cancellationToken = default)
    {
        var target = await db.MetricTargets.SingleOrDefaultAsync(t => t.MetricId == metricId && t.Unit == unit && t.PlanYear == year, cancellationToken);
        if (value is null)
        {
            if (target is not null)
            {
                db.MetricTargets.Remove(target);
            }
        }
        else if (target is null)
        {
            db.MetricTargets.Add(new MetricTarget { MetricId = metricId, Unit = unit, PlanYear = year, Value = value.Value });
        }
        else
        {
            target.Value = value.Value;
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}

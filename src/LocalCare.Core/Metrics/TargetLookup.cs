using LocalCare.Core.Plans;

namespace LocalCare.Core.Metrics;

/// <summary>Finds the target that applies to a metric at a unit in a plan year: the unit's own, else the LCO's.</summary>
public sealed class TargetLookup
{
    private readonly Dictionary<(string Metric, string Unit, PlanYear Year), double> _targets;

    public TargetLookup(IEnumerable<MetricTarget> targets)
    {
        _targets = targets.ToDictionary(t => (t.MetricId, t.Unit, t.PlanYear), t => t.Value);
    }

    public double? For(string metricId, string unit, PlanYear year)
    {
        if (_targets.TryGetValue((metricId, unit, year), out var own))
        {
            return own;
        }

        return _targets.TryGetValue((metricId, "lco", year), out var lco) ? lco : null;
    }
}

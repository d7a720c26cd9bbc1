using LocalCare.Core.Plans;

namespace LocalCare.Core.Metrics;

/// <summary>
/// Finds the target that applies to a metric at a unit in a plan year: the unit's own, else the LCO's for that year, else
/// the metric's default target (so years before targets were set still read against the standard).
/// </summary>
public sealed class TargetLookup
{
    private readonly Dictionary<(string Metric, string Unit, PlanYear Year), double> _targets;
    private readonly Dictionary<string, double?> _defaults;

    public TargetLookup(IEnumerable<MetricTarget> targets, IEnumerable<MetricDefinition>? metrics = null)
    {
        _targets = targets.ToDictionary(t => (t.MetricId, t.Unit, t.PlanYear), t => t.Value);
        _defaults = (metrics ?? []).ToDictionary(m => m.Id, m => m.DefaultTarget);
    }

    public double? For(string metricId, string unit, PlanYear year)
    {
        if (_targets.TryGetValue((metricId, unit, year), out var own))
        {
            return own;
        }

        return _targets.TryGetValue((metricId, "lco", year), out var lco) ? lco : _defaults.GetValueOrDefault(metricId);
    }
}

using LocalCare.Core.Metrics;
using LocalCare.Warehouse.Metrics;

namespace LocalCare.Data.Metrics;

/// <summary>The order metrics are listed in: the built-ins as metrics.md lists them, then the others by id.</summary>
public static class MetricOrder
{
    public static Dictionary<string, int> Of(IEnumerable<MetricDefinition> metrics)
    {
        var builtIn = MetricLibrary.Ids.Select((id, i) => (id, i)).ToDictionary(m => m.id, m => m.i);
        return metrics.Select(m => m.Id).OrderBy(id => builtIn.GetValueOrDefault(id, int.MaxValue)).ThenBy(id => id, StringComparer.Ordinal)
            .Select((id, i) => (id, i)).ToDictionary(m => m.id, m => m.i);
    }
}

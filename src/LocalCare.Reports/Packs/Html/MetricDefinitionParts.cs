using LocalCare.Core.Metrics;

namespace LocalCare.Reports.Packs.Html;

/// <summary>A definition's numerator and denominator: metrics.md writes them "numerator / denominator (notes)"; a count has no denominator.</summary>
internal static class MetricDefinitionParts
{
    public static (string Numerator, string Denominator) Of(MetricDefinition metric)
    {
        var text = metric.Definition.Trim();
        var slash = text.IndexOf(" / ", StringComparison.Ordinal);
        if (metric.Kind == MetricKind.Count || slash < 0)
        {
            return (text, metric.Kind == MetricKind.Count ? "None (a count)" : "");
        }

        return (text[..slash].Trim(), text[(slash + 3)..].Trim());
    }
}

using System.Text;
using LocalCare.Core.Boards.Packs;
using LocalCare.Core.Spc;
using LocalCare.Reports.Charts;
using static LocalCare.Reports.Packs.Html.PackText;

namespace LocalCare.Reports.Packs.Html;

/// <summary>The pieces a metric shows in the icon table and on its exception page: icons with their words, the data-quality mark.</summary>
internal static class MetricCells
{
    public static string VariationIcon(PackMetric metric, int size)
    {
        var text = SpcIcons.Text(metric.Variation);
        return $"<span class=\"lc-icon\" data-variation=\"{metric.Variation?.ToCode() ?? "none"}\" title=\"{E(text)}\">{SpcIcons.VariationIcon(metric.Variation, size)}<span class=\"lc-icon-text\">{E(text)}</span></span>";
    }

    public static string AssuranceIcon(PackMetric metric, int size)
    {
        var text = SpcIcons.Text(metric.Assurance, metric.Value is not null);
        return $"<span class=\"lc-icon\" data-assurance=\"{metric.Assurance?.ToCode() ?? "none"}\" title=\"{E(text)}\">{SpcIcons.AssuranceIcon(metric.Assurance, size)}<span class=\"lc-icon-text\">{E(text)}</span></span>";
    }

    /// <summary>The four labelled parts T, C, V, A, each with its colour's word (colour is never the only cue).</summary>
    public static string QualityMark(DataQualityMark mark)
    {
        var html = new StringBuilder("<span class=\"lc-dq\" role=\"group\" aria-label=\"Data quality\">");
        foreach (var (letter, name, rag) in Parts(mark))
        {
            html.Append("<span class=\"lc-dq__part lc-rag--").Append(rag.ToCode()).Append("\" data-part=\"").Append(name.ToLowerInvariant())
                .Append("\" data-rag=\"").Append(rag.ToCode()).Append("\" title=\"").Append(name).Append(": ").Append(rag.ToCode()).Append("\">")
                .Append("<abbr title=\"").Append(name).Append("\">").Append(letter).Append("</abbr> ").Append(rag.ToCode()).Append("</span>");
        }

        return html.Append("</span>").ToString();
    }

    public static IReadOnlyList<(string Letter, string Name, Rag Rag)> Parts(DataQualityMark mark) =>
        [("T", "Timely", mark.Timely), ("C", "Complete", mark.Complete), ("V", "Validated", mark.Validated), ("A", "Audited", mark.Audited)];

    /// <summary>The value as the metric formats it, or "No values".</summary>
    public static string Value(PackMetric metric) => metric.Value is null ? "No values" : metric.Metric.Format(metric.Value);

    public static string UpdatedTo(PackMetric metric) => metric.UpdatedTo is { } month ? ShortMonth(month) : "No values";
}

using System.Globalization;
using System.Text;
using LocalCare.Core.Metrics;
using LocalCare.Core.Spc;

namespace LocalCare.Web.Features.Performance;

/// <summary>
/// The performance tables as CSV: numbers as stored (0.934, not 93.4%) with every digit, codes rather than words, so the
/// files read back into a spreadsheet or another program exactly; text that a spreadsheet would run as a formula is defused.
/// </summary>
public static class PerformanceCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    /// <summary>The summary table: one line per metric.</summary>
    public static string Summary(IEnumerable<MetricSeries> rows)
    {
        var csv = new StringBuilder("metric,name,board,unit,month,value,target,met,variation,assurance\n");
        foreach (var row in rows.Select(PerformanceRow.From))
        {
            Line(csv, row.Metric, row.Name, row.Board, row.Unit, row.Month, Number(row.Value), Number(row.Target), Bool(row.Met), row.Variation, row.Assurance);
        }

        return csv.ToString();
    }

    /// <summary>A metric's values table: metrics.md's columns, then each month's SPC label and point type (empty for a month with no value).</summary>
    public static string Values(MetricSeries series)
    {
        var csv = new StringBuilder("metric,month,unit,numerator,denominator,value,target,met,spc_label,point_type\n");
        foreach (var r in series.Readings)
        {
            var point = series.PointsByMonth.GetValueOrDefault(r.Month.ToString());
            Line(csv, r.MetricId, r.Month.ToString(), r.Unit, Number(r.Numerator), Number(r.Denominator), Number(r.Value), Number(r.Target), Bool(r.Met),
                point?.Label.ToCode(), point?.PointType.ToCode());
        }

        return csv.ToString();
    }

    /// <summary>The drill-down table: the latest value of each unit under the page's unit.</summary>
    public static string Units(MetricDetail detail)
    {
        var csv = new StringBuilder("metric,unit,unit_name,month,value,target,met,variation,assurance\n");
        foreach (var (unit, series) in detail.Below)
        {
            var latest = series.Latest;
            Line(csv, detail.Metric.Id, unit.Ref, unit.Name, latest?.Month.ToString(), Number(latest?.Value), Number(latest?.Target), Bool(latest?.Met),
                latest is null ? null : series.Spc.Variation?.ToCode(), series.Spc.Assurance?.ToCode());
        }

        return csv.ToString();
    }

    /// <summary>A file name made of safe characters: <c>performance-lco.csv</c>, <c>dna-rate-locality-NORTH.csv</c>.</summary>
    public static string FileName(params string[] parts) =>
        string.Join('-', parts.Select(p => new string(p.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-').ToArray()))) + ".csv";

    private static void Line(StringBuilder csv, params string?[] fields)
    {
        csv.AppendJoin(',', fields.Select(Field));
        csv.Append('\n');
    }

    /// <summary>
    /// A number (written by <see cref="Number"/>) as it is, so a negative stays a number; any text through
    /// <see cref="Shared.SpreadsheetCsv"/>, which defuses what a spreadsheet would run as a formula.
    /// </summary>
    private static string Field(string? value) =>
        value is not null && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? value : Shared.SpreadsheetCsv.Field(value);

    private static string? Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);

    private static string? Bool(bool? value) => value switch { true => "true", false => "false", null => null };
}

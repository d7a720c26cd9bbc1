using System.Globalization;

namespace LocalCare.Core.Metrics;

/// <summary>A KPI: what it counts, which way is better, its default target and the board that watches it.</summary>
public sealed class MetricDefinition
{
    /// <summary>Stable id from metrics.md, e.g. <c>crisis-response-2h</c>.</summary>
    public required string Id { get; init; }

    public required string Name { get; set; }

    public required MetricKind Kind { get; set; }

    public required Direction Direction { get; set; }

    /// <summary>Numerator and denominator in words (metrics.md).</summary>
    public required string Definition { get; set; }

    /// <summary>The LCO-wide target seeded for every plan year; null when the metric has none.</summary>
    public double? DefaultTarget { get; set; }

    public required string BoardCode { get; set; }

    /// <summary>True for metrics with no operational feed, entered by hand or from metric_values.csv.</summary>
    public bool IsManual { get; set; }

    /// <summary>The user accountable for the metric: they write its exception narratives and sign off its months; null until named.</summary>
    public string? AccountableUserName { get; set; }

    /// <summary>When the definition was last reviewed (the data-quality mark's "audited": within 12 months); null when never.</summary>
    public DateOnly? ReviewedOn { get; set; }

    /// <summary>Months (<c>YYYY-MM</c>, comma-separated) where the process changed and SPC limits start again, as Making Data Count rebases.</summary>
    public string RebasePeriods { get; set; } = "";

    /// <summary>An analyst's own query (the format of the built-in SQL files' body); null for built-in and manual metrics.</summary>
    public string? Sql { get; set; }

    /// <summary>A value as a person reads it: ratios as percentages, counts as whole numbers.</summary>
    public string Format(double? value) => value switch
    {
        null => "–",
        { } v when Kind == MetricKind.Ratio => (v * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%",
        { } v when Kind == MetricKind.Count => v.ToString("#,0", CultureInfo.InvariantCulture),
        { } v => v.ToString("0.0", CultureInfo.InvariantCulture),
    };

    /// <summary>A target as text, e.g. "≥ 95.0%"; "none" without one.</summary>
    public string FormatTarget(double? target) =>
        target is null ? "none" : $"{Direction.Comparator()} {Format(target)}";
}

using LocalCare.Core.Metrics;
using LocalCare.Core.Plans;

namespace LocalCare.Web.Features.Performance;

/// <summary>The target form as posted: the plan year ("2025/26") and the target as people read it (95 for 95%); empty removes the unit's own target.</summary>
public sealed class TargetInput
{
    public string? Year { get; set; }

    public string? Value { get; set; }

    /// <summary>The problems, and the year and target as stored (a fraction for a percentage metric; null: remove).</summary>
    public (FormErrors Errors, PlanYear Year, double? Target) Check(MetricDefinition metric)
    {
        var errors = new FormErrors();
        if (!PlanYear.TryParse(Year, out var year))
        {
            errors.Add("target-year", "Select a plan year");
        }

        double? target = null;
        if (!string.IsNullOrWhiteSpace(Value))
        {
            if (FormErrors.Number(Value) is { } number)
            {
                target = metric.Kind == MetricKind.Ratio ? number / 100 : number;
            }
            else
            {
                errors.Add("target-value", metric.Kind == MetricKind.Ratio
                    ? "Target must be a percentage, like 95, or left empty"
                    : "Target must be a number, like 10, or left empty");
            }
        }

        return (errors, year, target);
    }

    /// <summary>The number to show in the form for a stored target: a percentage for a percentage metric.</summary>
    public static string? Shown(MetricDefinition metric, double? target) =>
        target is not { } t ? null
        : (metric.Kind == MetricKind.Ratio ? Math.Round(t * 100, 6) : t).ToString("0.######", System.Globalization.CultureInfo.InvariantCulture);
}

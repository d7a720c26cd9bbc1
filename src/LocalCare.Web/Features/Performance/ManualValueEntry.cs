using System.Globalization;
using LocalCare.Core.Generation;
using LocalCare.Core.Inputs;
using LocalCare.Core.Metrics;
using LocalCare.Data.Imports;
using LocalCare.Data.Metrics;
using LocalCare.Warehouse.Imports;
using LocalCare.Web.Features.Data;

namespace LocalCare.Web.Features.Performance;

/// <summary>The manual value form as posted: the month (month and year fields), the unit, the numerator and the denominator (not for counts).</summary>
public sealed class ManualValueInput
{
    public string? MonthMonth { get; set; }

    public string? MonthYear { get; set; }

    public string? ValueUnit { get; set; }

    public string? Numerator { get; set; }

    public string? Denominator { get; set; }
}

/// <summary>
/// Stores a manual metric's value as if it came in metric_values.csv: one row through the import (its checks, its history, a
/// later row for the same month and unit replaces it), then recomputes that metric for that month so the pages show it.
/// </summary>
public sealed class ManualValueEntry(ImportRunner importRunner, MetricCompute compute, WarehouseGate gate)
{
    /// <summary>The file name the import history shows for values entered on the web.</summary>
    public const string FileName = "web-form";

    /// <summary>The problems with the form itself; the import checks the rest.</summary>
    public static FormErrors Check(MetricDefinition metric, ManualValueInput input, UnitDirectory units)
    {
        var errors = new FormErrors();
        if (Month(input) is null)
        {
            errors.Add("value-month-month",
                string.IsNullOrWhiteSpace(input.MonthMonth) && string.IsNullOrWhiteSpace(input.MonthYear)
                    ? "Enter the month the value is for"
                    : "The month must be a real month, like 3 2025");
        }

        if (units.Find(input.ValueUnit) is null)
        {
            errors.Add("value-unit", "Select the unit the value is for");
        }

        var count = metric.Kind == MetricKind.Count;
        var numerator = count ? "value" : "numerator";
        if (string.IsNullOrWhiteSpace(input.Numerator))
        {
            errors.Add("value-numerator", $"Enter the {numerator}");
        }
        else if (FormErrors.Number(input.Numerator) is null)
        {
            errors.Add("value-numerator", $"The {numerator} must be a number");
        }

        if (!count)
        {
            if (string.IsNullOrWhiteSpace(input.Denominator))
            {
                errors.Add("value-denominator", "Enter the denominator");
            }
            else if (FormErrors.Number(input.Denominator) is null)
            {
                errors.Add("value-denominator", "The denominator must be a number");
            }
        }

        return errors;
    }

    public static YearMonth? Month(ManualValueInput input) =>
        int.TryParse(input.MonthMonth?.Trim(), out var month) && int.TryParse(input.MonthYear?.Trim(), out var year)
        && month is >= 1 and <= 12 && year is >= 2000 and <= 2100
            ? new YearMonth(year, month)
            : null;

    /// <summary>
    /// Imports the checked value and recomputes the month; the import's own problems come back as form errors (nothing stored).
    /// </summary>
    /// <exception cref="WarehouseBusyException">The CLI is importing.</exception>
    public async Task<FormErrors> StoreAsync(MetricDefinition metric, ManualValueInput input, string user, CancellationToken cancellationToken)
    {
        var month = Month(input)!.Value;
        string? Text(string? number) => FormErrors.Number(number)?.ToString("R", CultureInfo.InvariantCulture);
        var row = new TextRow(2, new Dictionary<string, string?>
        {
            ["month"] = month.ToString(),
            ["metric_id"] = metric.Id,
            ["unit"] = input.ValueUnit,
            ["numerator"] = Text(input.Numerator),
            ["denominator"] = metric.Kind == MetricKind.Count ? null : Text(input.Denominator),
        });
        var source = new TextSource(Extracts.MetricValues, new TextTable(FileName, ExtractKind.MetricValues, [row]));
        var errors = new FormErrors();
        try
        {
            await gate.WriteAsync(async () =>
            {
                await importRunner.RunAsync([source], new ImportOptions(user), cancellationToken);
                return await compute.RunAsync(new MonthRange(month, month), user, only: [metric.Id], cancellationToken: cancellationToken);
            }, cancellationToken);
        }
        catch (ImportRejectedException rejected)
        {
            foreach (var error in rejected.Errors)
            {
                errors.Add(FieldOf(error.Column), "The value was not stored: " + error.Reason);
            }
        }
        catch (InvalidInputException invalid)
        {
            errors.Add("value-numerator", "The value was not stored: " + invalid.Message);
        }

        return errors;
    }

    private static string FieldOf(string? column) => column switch
    {
        "month" => "value-month-month",
        "unit" => "value-unit",
        "denominator" => "value-denominator",
        _ => "value-numerator",
    };
}

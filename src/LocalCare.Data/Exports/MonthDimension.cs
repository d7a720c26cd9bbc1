using System.Globalization;
using LocalCare.Core.Exports;
using LocalCare.Core.Plans;

namespace LocalCare.Data.Exports;

/// <summary><c>dim_month</c>: the calendar of the export, with the NHS plan year and quarter of each month.</summary>
public sealed class MonthDimension : ExportTableSource
{
    public override string Name => "dim_month";

    public override string Grain => "One row per month of the export.";

    public override IReadOnlyList<ExportColumn> Columns { get; } =
    [
        Date("month_key", "The month's first day: the key the facts' month_key columns join on."),
        Text("month", "The month written YYYY-MM."),
        Date("month_end", "The month's last day (the waiting-list census is taken at its end)."),
        Integer("calendar_year", "The calendar year."),
        Integer("calendar_month", "1 (January) to 12 (December)."),
        Text("month_name", "January to December."),
        Text("plan_year", "The NHS plan year, April to March, written 2024/25."),
        Integer("plan_quarter", "The quarter of the plan year: 1 (April to June) to 4 (January to March)."),
        Text("plan_quarter_label", "The plan year and quarter, written 2024/25 Q1."),
        Integer("month_index", "Months since January of year 0: consecutive months are consecutive numbers (sort and subtract)."),
    ];

    protected override Task FillAsync(ExportTable table, ExportSources sources, CancellationToken cancellationToken)
    {
        foreach (var month in sources.Months?.Months ?? [])
        {
            var quarter = PlanQuarter.Of(month.FirstDay);
            table.Add(
                month.FirstDay, month.ToString(), month.LastDay, month.Year, month.Month,
                CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month.Month),
                quarter.Year.Label, quarter.Number, quarter.Label, month.Index);
        }

        return Task.CompletedTask;
    }
}

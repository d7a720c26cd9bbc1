using LocalCare.Core.Generation;

namespace LocalCare.Core.Commissioning;

/// <summary>A month's budget for a service (budget.csv) and its actual, empty for months still to come.</summary>
public sealed class BudgetLine
{
    public required YearMonth Month { get; set; }

    public required string ServiceCode { get; set; }

    public required decimal Budget { get; set; }

    /// <summary>Null for future months.</summary>
    public decimal? Actual { get; set; }
}

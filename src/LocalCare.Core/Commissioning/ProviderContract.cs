namespace LocalCare.Core.Commissioning;

/// <summary>A contract with a provider (contracts.csv): its term, annual value, manager and whether it is on the flagship list.</summary>
public sealed class ProviderContract
{
    public required string Code { get; set; }

    public required string ProviderCode { get; set; }

    public required string Title { get; set; }

    public required DateOnly StartDate { get; set; }

    public required DateOnly EndDate { get; set; }

    public required decimal AnnualValue { get; set; }

    public required string Manager { get; set; }

    /// <summary>On the commissioning plan's flagship re-commissioning and contract-management list.</summary>
    public required bool Flagship { get; set; }

    /// <summary>Active on a date: start &lt;= date &lt;= end, both days included.</summary>
    public bool IsActiveOn(DateOnly date) => StartDate <= date && date <= EndDate;
}

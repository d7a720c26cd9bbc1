using LocalCare.Core.Generation;

namespace LocalCare.Core.Commissioning;

/// <summary>A month's spend on a contract (spend.csv); a negative amount is a credit.</summary>
public sealed class ContractSpend
{
    public required YearMonth Month { get; set; }

    public required string ContractCode { get; set; }

    public required decimal Amount { get; set; }
}
